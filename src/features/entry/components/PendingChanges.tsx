import { useQueryClient } from '@tanstack/react-query';
import {
  useCallback,
  useEffect,
  useId,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  useSyncExternalStore,
} from 'react';
import {
  activityInputSchema,
  activitySchema,
  fundAllocationInputSchema,
  fundAllocationSchema,
} from '@/api/contract';
import { invalidateRecords } from '@/api/mutations';
import { useI18n } from '@/i18n';
import { formatDateTime } from '@/i18n/format';
import { localName } from '@/i18n/localized';
import { describeActivity, describeFund, type Row } from '../lib/describe';
import { outbox, type OutboxEntry } from '../lib/outbox';
import { flushOutbox, isOnline } from '../lib/outbox-sync';
import { pendingSites, type PendingSite } from '../lib/pending-sites';
import { dismissFailure, pendingDeletes, undoDelete } from '../lib/pending-deletes';
import { ConflictView, useDescribeContext } from './common';
import '../i18n';
import './entry.css';

const RETRY_MS = 15_000;

/** Sends the outbox now, and refreshes what is on screen if anything went out. */
function useFlush() {
  const queryClient = useQueryClient();
  return useCallback(async () => {
    if (!isOnline()) return;
    const result = await flushOutbox();
    if (result.sent > 0 || result.conflicts > 0) await invalidateRecords(queryClient);
  }, [queryClient]);
}

function rowsOf(entry: OutboxEntry, ctx: ReturnType<typeof useDescribeContext>) {
  const { lookups, t, lang } = ctx;
  if (entry.resource === 'sites') return null;
  if (entry.resource === 'activities') {
    const mine = activityInputSchema.safeParse(entry.input);
    const theirs = activitySchema.safeParse(entry.current);
    if (!mine.success || !theirs.success) return null;
    return {
      mine: describeActivity(mine.data, lookups, t, lang),
      theirs: describeActivity(theirs.data, lookups, t, lang),
      current: theirs.data,
    };
  }
  const mine = fundAllocationInputSchema.safeParse(entry.input);
  const theirs = fundAllocationSchema.safeParse(entry.current);
  if (!mine.success || !theirs.success) return null;
  return {
    mine: describeFund(mine.data, lookups, t, lang) as Row[],
    theirs: describeFund(theirs.data, lookups, t, lang) as Row[],
    current: theirs.data,
  };
}

/** Names of the sites a queued activity was at, including sites that are queued themselves. */
function siteNames(
  entry: OutboxEntry,
  ctx: ReturnType<typeof useDescribeContext>,
  queuedSites: ReadonlyMap<string, PendingSite>,
): string[] {
  if (entry.resource !== 'activities') return [];
  const input = activityInputSchema.safeParse(entry.input);
  if (!input.success) return [];
  return input.data.siteIds.map((id) => {
    const site = ctx.lookups.sites.get(id) ?? queuedSites.get(id);
    return site ? localName(site.name, ctx.lang) : id;
  });
}

function EntryItem({
  entry,
  flush,
  queuedSites,
}: {
  entry: OutboxEntry;
  flush: () => Promise<void>;
  queuedSites: ReadonlyMap<string, PendingSite>;
}) {
  const { t, lang } = useI18n('entry');
  const queryClient = useQueryClient();
  const ctx = useDescribeContext();
  const conflict = entry.status === 'conflict' ? rowsOf(entry, ctx) : null;
  const sites = siteNames(entry, ctx, queuedSites);
  return (
    <li className={`entry-outbox__item entry-outbox__item--${entry.status}`}>
      <p className="entry-outbox__line">
        <span className="entry-outbox__what">
          {t(`outbox.op.${entry.op}`)} · {t(`outbox.resource.${entry.resource}`)}
        </span>{' '}
        <span className="entry-outbox__label">{entry.label || t('field.record')}</span>{' '}
        <span className="entry-outbox__when">{formatDateTime(entry.queuedAt, lang)}</span>{' '}
        <strong>{t(`outbox.status.${entry.status}`)}</strong>
      </p>
      {sites.length > 0 && (
        <p className="entry-outbox__sites">
          {t('site.atSites', { names: sites.join(lang === 'zh-CN' ? '、' : ', ') })}
        </p>
      )}
      {entry.status === 'rejected' && (
        <>
          <p className="entry-field__error">{entry.error}</p>
          <button
            type="button"
            className="button button--small button--ghost"
            onClick={() => void outbox.remove(entry.seq)}
          >
            {t('outbox.discard')}
          </button>
        </>
      )}
      {entry.status === 'conflict' &&
        (conflict ? (
          <ConflictView
            headingLevel={4}
            mine={conflict.mine}
            theirs={conflict.theirs}
            theirsBy={conflict.current}
            onKeepMine={() =>
              void outbox
                .update({
                  ...entry,
                  status: 'pending',
                  version: conflict.current.version,
                  current: undefined,
                })
                .then(flush)
            }
            onTakeTheirs={() =>
              void outbox.remove(entry.seq).then(() => invalidateRecords(queryClient))
            }
          />
        ) : (
          <button
            type="button"
            className="button button--small button--ghost"
            onClick={() => void outbox.remove(entry.seq)}
          >
            {t('outbox.discard')}
          </button>
        ))}
    </li>
  );
}

/** "Undo" toasts for deletions still held back, and deletions the server refused. */
function DeleteToasts() {
  const { t } = useI18n('entry');
  const queryClient = useQueryClient();
  const state = useSyncExternalStore(pendingDeletes.subscribe, pendingDeletes.getSnapshot);
  if (state.pending.length === 0 && state.failures.length === 0) return null;
  return (
    <div className="entry-toasts">
      {state.pending.map((p) => (
        <div key={p.id} className="entry-toast" role="status">
          <span>{t('toast.deleted', { label: p.label || t('field.record') })}</span>
          <button
            type="button"
            className="button button--small"
            onClick={() => undoDelete(queryClient, p.id)}
          >
            {t('toast.undo')}
          </button>
        </div>
      ))}
      {state.failures.map((f) => (
        <div key={f.id} className="entry-toast entry-toast--error" role="alert">
          <span>{t('toast.deleteFailed', { label: f.label, message: f.message })}</span>
          <button
            type="button"
            className="button button--small button--ghost"
            onClick={() => dismissFailure(f.id)}
          >
            {t('action.dismiss')}
          </button>
        </div>
      ))}
    </div>
  );
}

/**
 * The header's count of changes not yet on the server. Sends them when the network returns
 * (the `online` event), on a timer, and on demand; lists them, with conflicts to resolve.
 */
export function PendingChanges() {
  const { t } = useI18n('entry');
  const entries = useSyncExternalStore(outbox.subscribe, outbox.getSnapshot);
  const flush = useFlush();
  const [open, setOpen] = useState(false);
  const anchorRef = useRef<HTMLDivElement>(null);
  const panelRef = useRef<HTMLDivElement>(null);
  // The panel hangs from the button's right edge; where the header has wrapped the button to
  // the left of the window, it is moved right so that it stays on screen.
  const [shift, setShift] = useState(0);
  useLayoutEffect(() => {
    if (!open || !anchorRef.current || !panelRef.current) return;
    const right = anchorRef.current.getBoundingClientRect().right;
    setShift(Math.min(0, right - panelRef.current.offsetWidth - 8));
  }, [open]);
  const panelId = useId();
  const pending = entries.filter((e) => e.status === 'pending').length;
  const queuedSites = useMemo(
    () => new Map(pendingSites(entries).map((site) => [site.id, site])),
    [entries],
  );
  const problems = entries.length - pending;

  useEffect(() => {
    void outbox.load().then(flush);
    const onOnline = () => void flush();
    window.addEventListener('online', onOnline);
    return () => window.removeEventListener('online', onOnline);
  }, [flush]);

  useEffect(() => {
    if (pending === 0) return;
    const timer = setInterval(() => void flush(), RETRY_MS);
    return () => clearInterval(timer);
  }, [pending, flush]);

  return (
    <div className="entry-pending" ref={anchorRef}>
      <button
        type="button"
        className={`button button--ghost entry-pending__button${entries.length > 0 ? ' entry-pending__button--busy' : ''}`}
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen((o) => !o)}
        data-pending={pending}
      >
        {t('outbox.count', { count: pending })}
        {problems > 0 && (
          <span className="entry-pending__problems">
            {t('outbox.problems', { count: problems })}
          </span>
        )}
      </button>
      <div
        id={panelId}
        ref={panelRef}
        style={shift < 0 ? { right: shift } : undefined}
        className="entry-outbox"
        role="region"
        aria-label={t('outbox.title')}
        hidden={!open}
      >
        <p className="entry-outbox__title">{t('outbox.title')}</p>
        {entries.length === 0 ? (
          <p className="entry-field__hint">{t('outbox.empty')}</p>
        ) : (
          <>
            <p className="entry-field__hint">
              {isOnline() ? t('outbox.online') : t('outbox.offline')}
            </p>
            <ol className="entry-outbox__list">
              {entries.map((e) => (
                <EntryItem key={e.seq} entry={e} flush={flush} queuedSites={queuedSites} />
              ))}
            </ol>
            {pending > 0 && (
              <button type="button" className="button button--small" onClick={() => void flush()}>
                {t('outbox.sendNow')}
              </button>
            )}
          </>
        )}
      </div>
      <DeleteToasts />
    </div>
  );
}
