import type { Organization } from '@/api/contract';
import { useI18n } from '@/i18n';
import { formatNumber } from '@/i18n/format';
import { localName } from '@/i18n/localized';
import { IMPORT_NS } from '../i18n';
import type { ImportOptions } from '../lib/activity-rows';
import {
  fieldsOf,
  recordKinds,
  type ColumnMapping,
  type ImportField,
  type RecordKind,
} from '../lib/fields';
import type { TableSummary } from '../lib/protocol';
import { fieldKey } from './issues';
import { ProgressBar } from './ProgressBar';

/** A, B, … Z, AA, AB: column names as the spreadsheet shows them. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let s = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

const UNIT_NAMES: Record<number, string> = { 1e3: '千元', 1e4: '万元', 1e8: '亿元' };
const LONG = 60;
const clip = (s: string) => (s.length > LONG ? `${s.slice(0, LONG)}…` : s);

export function MappingStep({
  file,
  summary,
  kind,
  onKind,
  mapping,
  onMapping,
  options,
  onOptions,
  cashMultiplier,
  organizations,
  busy,
  onCheck,
  onBack,
}: {
  file: { name: string };
  summary: TableSummary;
  kind: RecordKind;
  onKind: (kind: RecordKind) => void;
  mapping: ColumnMapping;
  onMapping: (m: ColumnMapping) => void;
  options: Omit<ImportOptions, 'fileName' | 'cashMultiplier'>;
  onOptions: (o: Omit<ImportOptions, 'fileName' | 'cashMultiplier'>) => void;
  cashMultiplier: number;
  organizations: Organization[];
  busy: { done: number; total: number } | null;
  onCheck: () => void;
  onBack: () => void;
}) {
  const { t, lang } = useI18n(IMPORT_NS);
  const sampleOf = (col: number | undefined) => {
    if (col === undefined) return '';
    for (const row of summary.sample) {
      const v = (row[col] ?? '').trim();
      if (v) return clip(v);
    }
    return '';
  };
  const set = (field: ImportField, value: string) => {
    const next = { ...mapping };
    if (value === '') delete next[field];
    else next[field] = Number(value);
    onMapping(next);
  };
  const missingDate = mapping.date === undefined;
  const orgField: ImportField = kind === 'funds' ? 'source' : 'organization';
  const missingOrg = mapping[orgField] === undefined && !options.defaultOrganizationId;
  const columnLabel = (h: string, i: number) =>
    h
      ? t('mapping.columnName', { letter: columnLetter(i), name: clip(h) })
      : t('mapping.columnUnnamed', { letter: columnLetter(i) });

  return (
    <section className="import__panel panel" aria-labelledby="import-mapping-title">
      <h3 id="import-mapping-title" className="panel__title">
        {t('mapping.region')}
      </h3>
      <p className="panel__subtitle">
        {file.name}
        {' · '}
        {t('file.detected', {
          kind: summary.kind.toUpperCase(),
          encoding: summary.encoding ? summary.encoding.toUpperCase() : 'XLSX',
          rows: formatNumber(summary.rowCount, lang),
          headerRow: formatNumber(summary.headerRowNumber, lang),
        })}
      </p>
      <fieldset className="import__kind">
        <legend>{t('kind.legend')}</legend>
        {recordKinds.map((k) => (
          <label key={k} className="import__option import__option--check">
            <input
              type="radio"
              name="import-kind"
              value={k}
              checked={kind === k}
              onChange={() => onKind(k)}
            />
            <span>{t(`kind.${k}`)}</span>
          </label>
        ))}
      </fieldset>
      <p>{t('mapping.help')}</p>
      {summary.unnamedColumns.length > 0 && (
        <p className="import__warning" role="note">
          {t('mapping.unnamedWarning', {
            columns: summary.unnamedColumns.map(columnLetter).join(lang === 'zh-CN' ? '、' : ', '),
          })}
        </p>
      )}
      <div className="import__mapping-wrap">
        <table className="import__mapping">
          <thead>
            <tr>
              <th scope="col">{t('mapping.field')}</th>
              <th scope="col">{t('mapping.column')}</th>
              <th scope="col">{t('mapping.sample')}</th>
            </tr>
          </thead>
          <tbody>
            {fieldsOf(kind).map((field) => {
              const id = `import-map-${field}`;
              const required = field === 'date' || (field === orgField && missingOrg);
              return (
                <tr key={field}>
                  <th scope="row">
                    <label htmlFor={id}>
                      {t(fieldKey(kind, field))}
                      {required && (
                        <span className="import__required">{t('mapping.required')}</span>
                      )}
                    </label>
                  </th>
                  <td>
                    <select
                      id={id}
                      value={mapping[field] === undefined ? '' : String(mapping[field])}
                      onChange={(e) => set(field, e.target.value)}
                    >
                      <option value="">{t('mapping.none')}</option>
                      {summary.headers.map((h, i) => (
                        <option key={i} value={String(i)}>
                          {columnLabel(h, i)}
                        </option>
                      ))}
                    </select>
                  </td>
                  <td className="import__sample">{sampleOf(mapping[field])}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>

      <fieldset className="import__options">
        <legend>{t('mapping.options')}</legend>
        <label className="import__option">
          <span>{t('mapping.defaultYear')}</span>
          <input
            type="number"
            min={1990}
            max={2100}
            value={options.defaultYear}
            onChange={(e) => {
              const year = Number(e.target.value);
              if (Number.isInteger(year) && year >= 1900 && year <= 9999)
                onOptions({ ...options, defaultYear: year });
            }}
          />
        </label>
        <label className="import__option">
          <span>
            {t(kind === 'funds' ? 'mapping.defaultSource' : 'mapping.defaultOrganization')}
          </span>
          <select
            value={options.defaultOrganizationId}
            onChange={(e) => onOptions({ ...options, defaultOrganizationId: e.target.value })}
          >
            <option value="">{t('mapping.noDefaultOrganization')}</option>
            {organizations.map((o) => (
              <option key={o.id} value={o.id}>
                {localName(o.name, lang)}
              </option>
            ))}
          </select>
        </label>
        <label className="import__option import__option--check">
          <input
            type="checkbox"
            checked={options.createMissingOrganizations}
            onChange={(e) =>
              onOptions({ ...options, createMissingOrganizations: e.target.checked })
            }
          />
          <span>{t('mapping.createOrganizations')}</span>
        </label>
        {cashMultiplier !== 1 && (
          <p className="import__hint">
            {t('mapping.cashUnit', { unit: UNIT_NAMES[cashMultiplier] ?? String(cashMultiplier) })}
          </p>
        )}
      </fieldset>

      {(missingDate || missingOrg) && (
        <ul className="import__needs">
          {missingDate && <li>{t('mapping.needDate')}</li>}
          {missingOrg && (
            <li>{t(kind === 'funds' ? 'mapping.needSource' : 'mapping.needOrganization')}</li>
          )}
        </ul>
      )}
      {busy && <ProgressBar label={t('progress.validate')} done={busy.done} total={busy.total} />}
      <div className="import__actions">
        <button
          type="button"
          className="button"
          disabled={missingDate || missingOrg || busy !== null}
          onClick={onCheck}
        >
          {t('mapping.check')}
        </button>
        <button type="button" className="button button--ghost" onClick={onBack}>
          {t('mapping.back')}
        </button>
      </div>
    </section>
  );
}
