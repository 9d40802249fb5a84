import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useSearch } from 'wouter';
import { invalidateRecords } from '@/api/mutations';
import { createActivityBatchFromJson } from '@/api/resources/activities';
import { createFundBatchFromJson } from '@/api/resources/funds';
import { createOrganization, referenceQueries } from '@/api/resources/reference';
import { describeError } from '@/components/feedback/describe-error';
import { useI18n } from '@/i18n';
import { formatNumber } from '@/i18n/format';
import { headerUnitMultiplier } from '@/lib/parse/amounts';
import { MAX_IMPORT_BYTES } from '@/lib/parse/file-type';
import { IMPORT_NS } from '../i18n';
import type { ImportOptions, ReferenceData } from '../lib/activity-rows';
import { createImportEngine, ImportFailure, type ImportEngine } from '../lib/engine';
import {
  guessRecordKind,
  recogniseHeaders,
  type ColumnMapping,
  type RecordKind,
} from '../lib/fields';
import type { Phase, TableSummary } from '../lib/protocol';
import { newSendState, sendImport, type SendProgress, type SendState } from '../lib/send';
import type { ValidationSummary } from '../lib/session';
import { MappingStep } from './MappingStep';
import { PreviewStep } from './PreviewStep';
import { ProgressBar } from './ProgressBar';
import { ResultStep } from './ResultStep';
import '../i18n';
import './import.css';

type Step = 'file' | 'mapping' | 'preview' | 'result';

interface FileError {
  code: string;
  detail?: string;
}

interface Busy {
  phase: Phase | 'send';
  done: number;
  total: number;
  label?: string;
}

/** Measures a step for the benchmark (`performance.getEntriesByName('import:parse')`). */
function measure(name: string, start: number) {
  try {
    performance.measure(name, { start, end: performance.now() });
  } catch {
    // performance.measure with options is missing in very old browsers: timing only.
  }
}

/** The file's bytes (FileReader where Blob.arrayBuffer is missing, as in jsdom). */
function readBytes(file: File): Promise<ArrayBuffer> {
  if (typeof file.arrayBuffer === 'function') return file.arrayBuffer();
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as ArrayBuffer);
    reader.onerror = () => reject(reader.error ?? new Error('read failed'));
    reader.readAsArrayBuffer(file);
  });
}

const newImportId = () =>
  typeof crypto !== 'undefined' && 'randomUUID' in crypto
    ? crypto.randomUUID()
    : `import-${Date.now()}-${Math.random().toString(36).slice(2)}`;

export function ImportPage() {
  const { t, lang } = useI18n(IMPORT_NS);
  const queryClient = useQueryClient();
  const organizations = useQuery(referenceQueries.organizations());
  const sites = useQuery(referenceQueries.sites());
  const search = useSearch();

  const engineRef = useRef<ImportEngine | null>(null);
  useEffect(
    () => () => {
      engineRef.current?.dispose();
      engineRef.current = null;
    },
    [],
  );
  const engine = () => (engineRef.current ??= createImportEngine());

  const [step, setStep] = useState<Step>('file');
  const [file, setFile] = useState<{ name: string; size: number } | null>(null);
  const [fileError, setFileError] = useState<FileError | null>(null);
  const [summary, setSummary] = useState<TableSummary | null>(null);
  const [kind, setKind] = useState<RecordKind>('activities');
  const [mapping, setMapping] = useState<ColumnMapping>({});
  const [options, setOptions] = useState<Omit<ImportOptions, 'fileName' | 'cashMultiplier'>>({
    defaultYear: 2023,
    createMissingOrganizations: false,
    defaultOrganizationId: '',
  });
  const [validation, setValidation] = useState<ValidationSummary | null>(null);
  const [busy, setBusy] = useState<Busy | null>(null);
  const [sendError, setSendError] = useState<string | null>(null);
  const sendState = useRef<SendState | null>(null);
  const [result, setResult] = useState<{ created: number; organizations: number } | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);

  // Move focus to the step's heading, so keyboard and screen-reader users follow the flow.
  const firstRender = useRef(true);
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    headingRef.current?.focus();
  }, [step]);

  const amountColumn = kind === 'funds' ? mapping.amount : mapping.cash;
  const cashMultiplier =
    amountColumn !== undefined && summary
      ? headerUnitMultiplier(summary.headers[amountColumn] ?? '')
      : 1;

  const reference: ReferenceData = useMemo(
    () => ({
      organizations: (organizations.data ?? []).map((o) => ({
        id: o.id,
        zh: o.name.zh,
        en: o.name.en,
      })),
      sites: (sites.data ?? []).map((s) => ({
        id: s.id,
        zh: s.name.zh,
        en: s.name.en,
        districtCode: s.districtCode,
      })),
    }),
    [organizations.data, sites.data],
  );

  async function chooseFile(chosen: File) {
    setFile({ name: chosen.name, size: chosen.size });
    setFileError(null);
    setSummary(null);
    setValidation(null);
    setResult(null);
    sendState.current = null;
    if (chosen.size > MAX_IMPORT_BYTES) {
      setFileError({ code: 'file_too_large' });
      return;
    }
    setBusy({ phase: 'read', done: 0, total: 1 });
    const start = performance.now();
    try {
      const data = await readBytes(chosen);
      const parsed = await engine().parse(data, (phase, done, total) =>
        setBusy({ phase, done, total }),
      );
      measure('import:parse', start);
      setSummary(parsed);
      const guessed = guessRecordKind(parsed.headers);
      setKind(guessed);
      setMapping(recogniseHeaders(parsed.headers, guessed));
      setStep('mapping');
    } catch (e) {
      setFileError(
        e instanceof ImportFailure
          ? { code: e.code, detail: e.message }
          : { code: 'internal', detail: e instanceof Error ? e.message : String(e) },
      );
    } finally {
      setBusy(null);
    }
  }

  async function check() {
    if (!file) return;
    setBusy({ phase: 'validate', done: 0, total: summary?.rowCount ?? 1 });
    const start = performance.now();
    try {
      const v = await engine().validate(
        kind,
        mapping,
        { ...options, fileName: file.name, cashMultiplier },
        reference,
        (phase, done, total) => setBusy({ phase, done, total }),
      );
      measure('import:validate', start);
      setValidation(v);
      sendState.current = null;
      setSendError(null);
      setStep('preview');
    } catch (e) {
      setFileError({ code: 'internal', detail: e instanceof Error ? e.message : String(e) });
      setStep('file');
    } finally {
      setBusy(null);
    }
  }

  async function send() {
    if (!validation || !file) return;
    const sendBatch =
      validation.kind === 'funds' ? createFundBatchFromJson : createActivityBatchFromJson;
    sendState.current ??= newSendState(newImportId());
    setSendError(null);
    const start = performance.now();
    const onProgress = (p: SendProgress) =>
      setBusy({
        phase: 'send',
        done: p.rows.done,
        total: p.rows.total,
        label:
          p.organizations.done < p.organizations.total
            ? t('progress.organizations', {
                done: formatNumber(p.organizations.done, lang),
                total: formatNumber(p.organizations.total, lang),
              })
            : t('progress.rows', {
                done: formatNumber(p.rows.done, lang),
                total: formatNumber(p.rows.total, lang),
              }),
      });
    try {
      const state = await sendImport(
        validation.valid,
        validation.newOrganizations,
        file.name,
        sendState.current,
        {
          createOrganization: (input, idempotencyKey) =>
            createOrganization(input, { idempotencyKey }),
          createBatch: (json, idempotencyKey) => sendBatch(json, { idempotencyKey }),
        },
        (index, size, organizationIds) => engine().batch(index, size, organizationIds),
        onProgress,
      );
      measure('import:send', start);
      setResult({
        created: state.created,
        organizations: Object.keys(state.organizationIds).length,
      });
      setStep('result');
    } catch (e) {
      setSendError(describeError(e, t));
    } finally {
      setBusy(null);
      // Whatever got through shows up at once in KPIs, map, charts and ledger.
      await invalidateRecords(queryClient);
    }
  }

  function restart() {
    setStep('file');
    setFile(null);
    setSummary(null);
    setValidation(null);
    setResult(null);
    setFileError(null);
    sendState.current = null;
  }

  const stepIndex = ['file', 'mapping', 'preview', 'result'].indexOf(step);
  const ledgerHref = `/ledger${search ? `?${search}` : ''}`;

  return (
    <section className="import" aria-labelledby="import-title">
      <header className="import__header">
        <h2 id="import-title" className="import__title" ref={headingRef} tabIndex={-1}>
          {t('title')}
        </h2>
        <p className="import__intro">{t('intro')}</p>
        <ol className="import__steps" aria-label={t('steps.label')}>
          {(['file', 'mapping', 'preview', 'result'] as const).map((s, i) => (
            <li
              key={s}
              className="import__step"
              data-state={i < stepIndex ? 'done' : i === stepIndex ? 'current' : 'todo'}
              aria-current={i === stepIndex ? 'step' : undefined}
            >
              <span className="import__step-number" aria-hidden="true">
                {i + 1}
              </span>
              {t(`steps.${s}`)}
            </li>
          ))}
        </ol>
      </header>

      {step === 'file' && (
        <FileStep busy={busy} file={file} error={fileError} onFile={(f) => void chooseFile(f)} />
      )}

      {step === 'mapping' && summary && file && (
        <MappingStep
          file={file}
          summary={summary}
          kind={kind}
          onKind={(next) => {
            setKind(next);
            setMapping(recogniseHeaders(summary.headers, next));
          }}
          mapping={mapping}
          onMapping={setMapping}
          options={options}
          onOptions={setOptions}
          cashMultiplier={cashMultiplier}
          organizations={organizations.data ?? []}
          busy={busy}
          onCheck={() => void check()}
          onBack={restart}
        />
      )}

      {step === 'preview' && validation && file && (
        <PreviewStep
          validation={validation}
          engine={engine()}
          busy={busy}
          sendError={sendError}
          onConfirm={() => void send()}
          onBack={() => {
            setSendError(null);
            setStep('mapping');
          }}
          fileName={file.name}
        />
      )}

      {step === 'result' && result && validation && (
        <ResultStep
          kind={validation.kind}
          created={result.created}
          organizations={result.organizations}
          skipped={validation.invalid}
          issueSummary={validation.issues}
          ledgerHref={ledgerHref}
          onAgain={restart}
        />
      )}
    </section>
  );
}

function FileStep({
  busy,
  file,
  error,
  onFile,
}: {
  busy: Busy | null;
  file: { name: string; size: number } | null;
  error: FileError | null;
  onFile: (file: File) => void;
}) {
  const { t, lang } = useI18n(IMPORT_NS);
  const [dragging, setDragging] = useState(false);
  const size = (bytes: number) =>
    bytes >= 1024 * 1024
      ? `${formatNumber(bytes / 1024 / 1024, lang, 1)} MB`
      : `${formatNumber(Math.max(1, bytes / 1024), lang, 0)} KB`;

  return (
    <section className="import__panel panel" aria-labelledby="import-file-title">
      <h3 id="import-file-title" className="panel__title">
        {t('file.region')}
      </h3>
      <div
        className="import__drop"
        data-dragging={dragging || undefined}
        onDragOver={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={(e) => {
          e.preventDefault();
          setDragging(false);
          const dropped = e.dataTransfer.files[0];
          if (dropped && !busy) onFile(dropped);
        }}
      >
        <p>{t('file.drop')}</p>
        <label className="button import__choose">
          {t('file.choose')}
          <input
            type="file"
            className="visually-hidden"
            accept=".csv,.xlsx,.txt,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            disabled={busy !== null}
            onChange={(e) => {
              const chosen = e.target.files?.[0];
              e.target.value = '';
              if (chosen) onFile(chosen);
            }}
          />
        </label>
        <p className="import__hint">{t('file.rules')}</p>
      </div>
      {file && (
        <p className="import__file">
          {t('file.selected', { name: file.name, size: size(file.size) })}
        </p>
      )}
      {busy && (
        <ProgressBar
          label={busy.phase === 'validate' ? t('progress.validate') : t('progress.parse')}
          done={busy.done}
          total={busy.total}
        />
      )}
      {error && (
        <div className="import__error" role="alert">
          {t(`error.${error.code}`, {
            size: file ? size(file.size) : '',
            detail: error.detail ?? '',
            defaultValue: t('error.internal', { detail: error.detail ?? error.code }),
          })}
        </div>
      )}
    </section>
  );
}
