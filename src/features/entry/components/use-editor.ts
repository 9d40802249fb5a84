/**
 * The behaviour both forms share: the draft (restore, autosave, discard), validation against
 * the contract's schema, saving (optimistic, queued offline), refusals and conflicts.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { useLocation, useSearch } from 'wouter';
import type { z } from 'zod';
import { describeError } from '@/components/feedback/describe-error';
import { useI18n } from '@/i18n';
import { clearDraft, draftKey, loadDraft, saveDraft, type DraftForm } from '../lib/drafts';
import { flash } from '../lib/flash';
import { newIdempotencyKey } from '../lib/ids';
import { toFieldErrors, type FieldErrors } from '../lib/validation';
import { focusField } from './fields';
import type { SaveResult, useSaveRecord } from './use-save';

export type EditorStatus<R> =
  | { kind: 'idle' }
  | { kind: 'invalid' }
  | { kind: 'saving' }
  | { kind: 'saved' }
  | { kind: 'created' }
  | { kind: 'queued' }
  | { kind: 'error'; message: string }
  | { kind: 'conflict'; current: R };

const AUTOSAVE_MS = 400;

export interface EditorConfig<F extends object, I, R extends { id: string; version: number }> {
  formKind: DraftForm;
  record: R | null;
  empty: () => F;
  toForm: (record: R) => F;
  toInput: (form: F) => I;
  schema: z.ZodType;
  label: (input: I) => string;
  editPath: (id: string) => string;
  saver: ReturnType<typeof useSaveRecord<I, R>>;
}

export function useEditor<F extends object, I, R extends { id: string; version: number }>(
  cfg: EditorConfig<F, I, R>,
) {
  const { t } = useI18n('entry');
  const [, navigate] = useLocation();
  const search = useSearch();
  const { record, saver } = cfg;
  const key = draftKey(cfg.formKind, record?.id);

  const [initial] = useState(() => {
    const base = record ? cfg.toForm(record) : cfg.empty();
    const draft = loadDraft(key, base);
    const restored = draft && JSON.stringify(draft.form) !== JSON.stringify(base) ? draft : null;
    return { base, draft: restored };
  });
  const [form, setForm] = useState<F>(initial.draft?.form ?? initial.base);
  const [restoredAt, setRestoredAt] = useState<string | null>(initial.draft?.savedAt ?? null);
  const [baseVersion, setBaseVersion] = useState<number | null>(
    initial.draft?.baseVersion ?? record?.version ?? null,
  );
  const [idempotencyKey, setIdempotencyKey] = useState(
    () => initial.draft?.idempotencyKey ?? newIdempotencyKey(),
  );
  const [dirty, setDirty] = useState(false);
  const [submitted, setSubmitted] = useState(false);
  const [serverErrors, setServerErrors] = useState<FieldErrors>({});
  const [status, setStatus] = useState<EditorStatus<R>>(() =>
    flash.get(record?.id) ? { kind: 'created' } : { kind: 'idle' },
  );
  const summaryRef = useRef<HTMLDivElement>(null);
  const statusRef = useRef<HTMLDivElement>(null);

  useEffect(() => flash.clear(record?.id), [record?.id]);

  const clientErrors = useMemo<FieldErrors>(() => {
    if (!submitted) return {};
    const parsed = cfg.schema.safeParse(cfg.toInput(form));
    return parsed.success ? {} : toFieldErrors(parsed.error.issues);
  }, [cfg, form, submitted]);
  const errors = useMemo(
    () => ({ ...serverErrors, ...clientErrors }),
    [serverErrors, clientErrors],
  );

  // Autosave the draft shortly after each change, and at once when the page goes away.
  const latest = useRef({ key, form, baseVersion, idempotencyKey, dirty });
  useEffect(() => {
    latest.current = { key, form, baseVersion, idempotencyKey, dirty };
  }, [key, form, baseVersion, idempotencyKey, dirty]);
  // Bumped whenever the draft is cleared: an autosave armed before (it holds the old form until
  // the next render) must not write the saved or queued entry back as a draft.
  const draftEpoch = useRef(0);
  const forgetDraft = () => {
    draftEpoch.current += 1;
    latest.current = { ...latest.current, dirty: false };
    clearDraft(key);
  };
  useEffect(() => {
    if (!dirty) return;
    const epoch = draftEpoch.current;
    const timer = setTimeout(() => {
      if (epoch === draftEpoch.current) writeDraft(latest.current);
    }, AUTOSAVE_MS);
    return () => clearTimeout(timer);
  }, [dirty, form]);
  useEffect(() => {
    const flushDraft = () => {
      if (latest.current.dirty) writeDraft(latest.current);
    };
    window.addEventListener('pagehide', flushDraft);
    window.addEventListener('beforeunload', flushDraft);
    return () => {
      window.removeEventListener('pagehide', flushDraft);
      window.removeEventListener('beforeunload', flushDraft);
    };
  }, []);

  function change(update: (f: F) => F) {
    setForm(update);
    setDirty(true);
    if (status.kind === 'saved' || status.kind === 'created' || status.kind === 'queued')
      setStatus({ kind: 'idle' });
  }

  function resetTo(next: F, version: number | null) {
    forgetDraft();
    setForm(next);
    setBaseVersion(version);
    setDirty(false);
    setRestoredAt(null);
    setSubmitted(false);
    setServerErrors({});
  }

  function discardDraft() {
    resetTo(record ? cfg.toForm(record) : cfg.empty(), record?.version ?? null);
    setStatus({ kind: 'idle' });
  }

  const focusLater = (el: () => HTMLElement | null) => setTimeout(() => el()?.focus(), 0);

  async function handle(result: SaveResult<R>) {
    switch (result.status) {
      case 'saved':
        if (!record) {
          forgetDraft();
          flash.set(result.record.id, 'created');
          navigate(`${cfg.editPath(result.record.id)}${search ? `?${search}` : ''}`);
          return;
        }
        resetTo(cfg.toForm(result.record), result.record.version);
        setStatus({ kind: 'saved' });
        break;
      case 'queued':
        if (!record) {
          resetTo(cfg.empty(), null);
          setIdempotencyKey(newIdempotencyKey());
        } else {
          forgetDraft();
          setDirty(false);
          setRestoredAt(null);
          // The queued update will raise the version by one; a further edit builds on it.
          setBaseVersion((v) => (v === null ? v : v + 1));
        }
        setStatus({ kind: 'queued' });
        break;
      case 'conflict':
        setStatus({ kind: 'conflict', current: result.current });
        break;
      case 'refused':
        setServerErrors(result.errors);
        setStatus({ kind: 'error', message: describeError(result.error, t) });
        focusLater(() => summaryRef.current);
        break;
      case 'failed':
        setStatus({ kind: 'error', message: describeError(result.error, t) });
        focusLater(() => summaryRef.current ?? statusRef.current);
        break;
    }
    if (result.status !== 'saved' || record) focusLater(() => statusRef.current);
  }

  async function submit(version = baseVersion) {
    setSubmitted(true);
    setServerErrors({});
    const input = cfg.toInput(form);
    const parsed = cfg.schema.safeParse(input);
    if (!parsed.success) {
      setStatus({ kind: 'invalid' });
      const first = parsed.error.issues[0];
      if (first) setTimeout(() => focusField(first.path.map(String).join('.')), 0);
      return;
    }
    setStatus({ kind: 'saving' });
    const result = await saver.save({
      id: record?.id ?? null,
      version,
      input,
      idempotencyKey,
      label: cfg.label(input),
    });
    await handle(result);
  }

  function keepMine(current: R) {
    setBaseVersion(current.version);
    void submit(current.version);
  }

  function takeTheirs(current: R) {
    resetTo(cfg.toForm(current), current.version);
    setStatus({ kind: 'idle' });
  }

  return {
    key,
    form,
    change,
    errors,
    status,
    restoredAt,
    discardDraft,
    submit,
    keepMine,
    takeTheirs,
    summaryRef,
    statusRef,
  };
}

function writeDraft<F>(s: {
  key: string;
  form: F;
  baseVersion: number | null;
  idempotencyKey: string;
}) {
  saveDraft(s.key, {
    savedAt: new Date().toISOString(),
    baseVersion: s.baseVersion,
    idempotencyKey: s.idempotencyKey,
    form: s.form,
  });
}
