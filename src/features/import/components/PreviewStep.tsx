import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef, useState } from 'react';
import { useI18n } from '@/i18n';
import { formatNumber } from '@/i18n/format';
import { IMPORT_NS } from '../i18n';
import type { ImportEngine } from '../lib/engine';
import type { ImportField, RecordKind } from '../lib/fields';
import type { PreviewRow, ValidationSummary } from '../lib/session';
import { fieldKey, issueKey } from './issues';
import { ProgressBar } from './ProgressBar';

const ROW_HEIGHT = 44;
/** Rows fetched from the worker at a time, as the preview scrolls. */
const PAGE = 200;
/** Fields the preview leaves out (long text shown in the title column's neighbours). */
const HIDDEN: ImportField[] = ['notes'];

export function PreviewStep({
  validation,
  engine,
  busy,
  sendError,
  onConfirm,
  onBack,
  fileName,
}: {
  validation: ValidationSummary;
  engine: ImportEngine;
  busy: { done: number; total: number; label?: string } | null;
  sendError: string | null;
  onConfirm: () => void;
  onBack: () => void;
  fileName: string;
}) {
  const { t, lang } = useI18n(IMPORT_NS);
  const [onlyErrors, setOnlyErrors] = useState(validation.invalid > 0);
  const shownFields = validation.fields.filter((f) => !HIDDEN.includes(f));
  const total = validation.total;
  const sending = busy !== null;
  const n = (v: number) => formatNumber(v, lang);
  const list = lang === 'zh-CN' ? '、' : ', ';
  const issueSummary = validation.issues;
  const kind = validation.kind;

  return (
    <section className="import__panel panel" aria-labelledby="import-preview-title">
      <h3 id="import-preview-title" className="panel__title">
        {t('preview.region')}
      </h3>
      <p className="import__counts" data-testid="import-counts">
        {t('preview.counts', {
          total: n(total),
          valid: n(validation.valid),
          invalid: n(validation.invalid),
        })}
        {validation.blank > 0 && <> · {t('preview.blank', { count: n(validation.blank) })}</>}
      </p>
      {validation.newOrganizations.length > 0 && (
        <p className="import__new-orgs">
          {t('preview.newOrganizations', {
            count: n(validation.newOrganizations.length),
            names:
              validation.newOrganizations
                .slice(0, 10)
                .map((name) => (name.length > 40 ? `${name.slice(0, 40)}…` : name))
                .join(list) + (validation.newOrganizations.length > 10 ? '…' : ''),
          })}
        </p>
      )}
      {issueSummary.length > 0 && (
        <ul className="import__reasons" aria-label={t('preview.issues')}>
          {issueSummary.map((i) => {
            const [key, values] = issueKey(i.code);
            return (
              <li key={`${i.field}|${i.code}`}>
                {t('result.reason', {
                  field: t(fieldKey(kind, i.field)),
                  issue: t(key, values),
                  count: n(i.count),
                })}
              </li>
            );
          })}
        </ul>
      )}
      <p className="import__hint">{t('provenanceNote', { name: fileName })}</p>
      {validation.invalid > 0 && (
        <label className="import__option import__option--check">
          <input
            type="checkbox"
            checked={onlyErrors}
            onChange={(e) => setOnlyErrors(e.target.checked)}
          />
          <span>{t('preview.onlyErrors')}</span>
        </label>
      )}
      <PreviewTable
        key={String(onlyErrors)}
        engine={engine}
        count={onlyErrors ? validation.invalid : total}
        onlyErrors={onlyErrors}
        kind={kind}
        fields={shownFields}
      />

      {busy && (
        <ProgressBar
          label={t('progress.send')}
          done={busy.done}
          total={busy.total}
          detail={busy.label}
        />
      )}
      {sendError && (
        <div className="import__error" role="alert">
          {t('error.send', { message: sendError })}
        </div>
      )}
      {validation.valid === 0 && <p className="import__warning">{t('preview.nothingValid')}</p>}
      <div className="import__actions">
        <button
          type="button"
          className="button"
          disabled={validation.valid === 0 || sending}
          onClick={onConfirm}
        >
          {t('preview.confirm', { count: n(validation.valid) })}
        </button>
        <button type="button" className="button button--ghost" disabled={sending} onClick={onBack}>
          {t('preview.back')}
        </button>
      </div>
    </section>
  );
}

/**
 * Virtualised rows: 100,000 rows scroll as smoothly as 10. The rows stay in the import's worker;
 * the table asks for the pages it shows. Everything is shown as text.
 */
function PreviewTable({
  engine,
  count,
  onlyErrors,
  kind,
  fields,
}: {
  engine: ImportEngine;
  count: number;
  onlyErrors: boolean;
  kind: RecordKind;
  fields: ImportField[];
}) {
  const { t, lang } = useI18n(IMPORT_NS);
  const scrollRef = useRef<HTMLDivElement>(null);
  const [pages, setPages] = useState<ReadonlyMap<number, PreviewRow[]>>(new Map());
  const requested = useRef(new Set<number>());
  // eslint-disable-next-line react-hooks/incompatible-library -- the virtualizer re-renders this component on scroll itself
  const virtualizer = useVirtualizer({
    count,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 10,
    initialRect: { width: 1000, height: ROW_HEIGHT * 10 },
  });
  const items = virtualizer.getVirtualItems();
  const firstPage = Math.floor((items[0]?.index ?? 0) / PAGE);
  const lastPage = Math.floor((items.at(-1)?.index ?? 0) / PAGE);
  useEffect(() => {
    let live = true;
    const asked = requested.current;
    const arrived = new Set<number>();
    for (let p = firstPage; p <= lastPage; p++) {
      if (asked.has(p)) continue;
      asked.add(p);
      engine.rows(p * PAGE, PAGE, onlyErrors).then(
        (rows) => {
          arrived.add(p);
          if (live) setPages((prev) => new Map(prev).set(p, rows));
        },
        () => asked.delete(p),
      );
    }
    return () => {
      live = false;
      // Pages asked for but not arrived are asked for again next time.
      for (let p = firstPage; p <= lastPage; p++) if (!arrived.has(p)) asked.delete(p);
    };
  }, [engine, onlyErrors, firstPage, lastPage]);
  const rowAt = (index: number) => pages.get(Math.floor(index / PAGE))?.[index % PAGE];

  const columns = `5rem 6.5rem repeat(${fields.length}, minmax(7rem, 1fr)) minmax(12rem, 1.5fr)`;
  const list = lang === 'zh-CN' ? '；' : '; ';

  return (
    <div
      ref={scrollRef}
      className="import__table-scroll"
      role="region"
      aria-label={t('preview.table')}
      tabIndex={0}
    >
      <div role="table" aria-rowcount={count + 1} className="import__table">
        <div role="rowgroup" className="import__thead">
          <div
            role="row"
            aria-rowindex={1}
            className="import__tr"
            style={{ gridTemplateColumns: columns }}
          >
            <span role="columnheader">{t('preview.row')}</span>
            <span role="columnheader">{t('preview.status')}</span>
            {fields.map((f) => (
              <span role="columnheader" key={f}>
                {t(fieldKey(kind, f))}
              </span>
            ))}
            <span role="columnheader">{t('preview.issues')}</span>
          </div>
        </div>
        <div
          role="rowgroup"
          className="import__tbody"
          style={{ height: virtualizer.getTotalSize() }}
        >
          {count === 0 && <p className="import__hint">{t('preview.empty')}</p>}
          {items.map((item) => {
            const row = rowAt(item.index);
            if (!row)
              return (
                <div
                  role="row"
                  key={item.key}
                  aria-rowindex={item.index + 2}
                  className="import__tr"
                  style={{ gridTemplateColumns: columns, transform: `translateY(${item.start}px)` }}
                >
                  <span role="cell">{t('preview.loading')}</span>
                </div>
              );
            const ok = row.ok;
            const issues = row.issues
              .map((i) => {
                const [key, values] = issueKey(i.code);
                return `${t(fieldKey(kind, i.field))}${lang === 'zh-CN' ? '：' : ': '}${t(key, values)}`;
              })
              .join(list);
            return (
              <div
                role="row"
                key={item.key}
                aria-rowindex={item.index + 2}
                className="import__tr"
                data-ok={ok}
                style={{ gridTemplateColumns: columns, transform: `translateY(${item.start}px)` }}
              >
                <span role="cell">{formatNumber(row.rowNumber, lang)}</span>
                <span role="cell" className="import__status">
                  {ok ? t('preview.ok') : t('preview.problem')}
                </span>
                {fields.map((f) => {
                  const v = row.cells[f] ?? '';
                  return (
                    <span
                      role="cell"
                      key={f}
                      title={v.length > 20 ? v.slice(0, 500) : undefined}
                      data-issue={row.issues.some((i) => i.field === f) || undefined}
                    >
                      {v.length > 200 ? `${v.slice(0, 200)}…` : v}
                    </span>
                  );
                })}
                <span role="cell" className="import__issues" title={issues || undefined}>
                  {issues}
                </span>
              </div>
            );
          })}
        </div>
      </div>
    </div>
  );
}
