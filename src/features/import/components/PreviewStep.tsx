import { useVirtualizer } from '@tanstack/react-virtual';
import { useMemo, useRef, useState } from 'react';
import { useI18n } from '@/i18n';
import { formatNumber } from '@/i18n/format';
import { IMPORT_NS } from '../i18n';
import type { Validation, ValidatedRow } from '../lib/activity-rows';
import type { ImportField } from '../lib/fields';
import { issueKey, type IssueCount } from './issues';
import { ProgressBar } from './ProgressBar';

const ROW_HEIGHT = 44;
/** Columns of the preview besides row number, status and problems. */
const SHOWN: ImportField[] = [
  'date',
  'district',
  'site',
  'organization',
  'workers',
  'cash',
  'type',
  'title',
];

export function PreviewStep({
  validation,
  issueSummary,
  busy,
  sendError,
  onConfirm,
  onBack,
  fileName,
}: {
  validation: Validation;
  issueSummary: IssueCount[];
  busy: { done: number; total: number; label?: string } | null;
  sendError: string | null;
  onConfirm: () => void;
  onBack: () => void;
  fileName: string;
}) {
  const { t, lang } = useI18n(IMPORT_NS);
  const [onlyErrors, setOnlyErrors] = useState(validation.invalid > 0);
  const rows = useMemo(
    () => (onlyErrors ? validation.rows.filter((r) => !r.input) : validation.rows),
    [onlyErrors, validation.rows],
  );
  const shownFields = SHOWN.filter((f) => validation.rows.some((r) => f in r.cells));
  const total = validation.rows.length;
  const sending = busy !== null;
  const n = (v: number) => formatNumber(v, lang);
  const list = lang === 'zh-CN' ? '、' : ', ';

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
                  field: t(`field.${i.field}`),
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
      <PreviewTable rows={rows} fields={shownFields} />

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

/** Virtualised rows: 100,000 rows scroll as smoothly as 10. Everything is shown as text. */
function PreviewTable({ rows, fields }: { rows: ValidatedRow[]; fields: ImportField[] }) {
  const { t, lang } = useI18n(IMPORT_NS);
  const scrollRef = useRef<HTMLDivElement>(null);
  // eslint-disable-next-line react-hooks/incompatible-library -- the virtualizer re-renders this component on scroll itself
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 10,
    initialRect: { width: 1000, height: ROW_HEIGHT * 10 },
  });
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
      <div role="table" aria-rowcount={rows.length + 1} className="import__table">
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
                {t(`field.${f}`)}
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
          {rows.length === 0 && <p className="import__hint">{t('preview.empty')}</p>}
          {virtualizer.getVirtualItems().map((item) => {
            const row = rows[item.index]!;
            const ok = row.input !== null;
            const issues = row.issues
              .map((i) => {
                const [key, values] = issueKey(i.code);
                return `${t(`field.${i.field}`)}${lang === 'zh-CN' ? '：' : ': '}${t(key, values)}`;
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
