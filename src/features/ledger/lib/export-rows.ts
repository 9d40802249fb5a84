/**
 * The ledger as spreadsheet rows: a header in the reader's language, then one row per record.
 * Figures stay numbers (yuan, people) with their basis in the next column; every row carries
 * its provenance and quote, so an exported figure keeps its source. Text is neutralised against
 * formulas later, by the CSV and XLSX writers.
 */
import type { Activity, FundAllocation, Provenance } from '@/api/contract';
import type { CellValue } from '@/lib/export/csv';
import type { Language } from '@/i18n/languages';
import { localName } from '@/i18n/localized';
import {
  districtName,
  goodsText,
  joinNames,
  organizationName,
  siteName,
  type NameLookups,
  type Translate,
} from './names';

export interface ExportContext {
  t: Translate;
  lang: Language;
  lookups: NameLookups;
}

interface Column<R> {
  key: string;
  value: (record: R, ctx: ExportContext) => CellValue;
  /** Width in characters, for XLSX. */
  width: number;
}

const basis = (b: string | undefined, ctx: ExportContext) =>
  b ? ctx.t(`ledger:basis.${b}`, { defaultValue: b }) : '';

const provenanceColumns = <R extends { provenance: Provenance }>(): Column<R>[] => [
  {
    key: 'provenance',
    width: 10,
    value: (r, { t }) => t(`provenance.${r.provenance.kind}`, { defaultValue: r.provenance.kind }),
  },
  {
    key: 'provenanceSource',
    width: 24,
    value: (r) => (r.provenance.kind === 'reported' ? r.provenance.source : ''),
  },
  {
    key: 'quote',
    width: 60,
    value: (r) => (r.provenance.kind === 'reported' ? r.provenance.quote : r.provenance.note),
  },
];

const auditColumns = <
  R extends { createdAt: string; createdBy: string; updatedAt: string; updatedBy: string },
>(): Column<R>[] => [
  { key: 'createdAt', width: 22, value: (r) => r.createdAt },
  { key: 'createdBy', width: 12, value: (r) => r.createdBy },
  { key: 'updatedAt', width: 22, value: (r) => r.updatedAt },
  { key: 'updatedBy', width: 12, value: (r) => r.updatedBy },
];

export const activityExportColumns: Column<Activity>[] = [
  { key: 'id', width: 18, value: (a) => a.id },
  { key: 'date', width: 12, value: (a) => a.date },
  { key: 'endDate', width: 12, value: (a) => a.endDate ?? '' },
  {
    key: 'type',
    width: 12,
    value: (a, { t }) => t(`activityType.${a.type}`, { defaultValue: a.type }),
  },
  { key: 'title', width: 40, value: (a, { lang }) => localName(a.title, lang) },
  {
    key: 'organization',
    width: 24,
    value: (a, { lookups, lang }) => organizationName(a.organizationId, lookups, lang),
  },
  {
    key: 'partners',
    width: 24,
    value: (a, { lookups, lang }) =>
      joinNames(a.partnerOrganizationIds, (id) => organizationName(id, lookups, lang), lang),
  },
  {
    key: 'leaders',
    width: 24,
    value: (a, { lang }) =>
      joinNames(
        a.leaders.map((l) => (l.role ? `${l.name}（${l.role}）` : l.name)),
        (s) => s,
        lang,
      ),
  },
  {
    key: 'districts',
    width: 16,
    value: (a, { lookups, lang }) =>
      joinNames(a.districtCodes, (c) => districtName(c, lookups, lang), lang),
  },
  {
    key: 'sites',
    width: 30,
    value: (a, { lookups, lang }) =>
      joinNames(a.siteIds, (id) => siteName(id, lookups, lang), lang),
  },
  { key: 'workersServed', width: 12, value: (a) => a.workersServed?.value ?? null },
  {
    key: 'workersAtLeast',
    width: 10,
    value: (a, { t }) =>
      a.workersServed
        ? t(a.workersServed.atLeast ? 'ledger:exportColumn.yes' : 'ledger:exportColumn.no')
        : '',
  },
  { key: 'workersBasis', width: 10, value: (a, ctx) => basis(a.workersServed?.basis, ctx) },
  { key: 'goods', width: 30, value: (a, { t, lang }) => goodsText(a.goods, t, lang) },
  { key: 'cash', width: 14, value: (a) => a.cash?.yuan ?? null },
  { key: 'cashBasis', width: 10, value: (a, ctx) => basis(a.cash?.basis, ctx) },
  { key: 'notes', width: 40, value: (a) => a.notes },
  ...provenanceColumns<Activity>(),
  ...auditColumns<Activity>(),
];

export const fundExportColumns: Column<FundAllocation>[] = [
  { key: 'id', width: 18, value: (x) => x.id },
  { key: 'date', width: 12, value: (x) => x.date },
  {
    key: 'source',
    width: 30,
    value: (x, { lookups, lang }) => organizationName(x.sourceOrganizationId, lookups, lang),
  },
  {
    key: 'recipientDistrict',
    width: 12,
    value: (x, { lookups, lang }) =>
      x.recipientDistrictCode ? districtName(x.recipientDistrictCode, lookups, lang) : '',
  },
  {
    key: 'recipientOrganization',
    width: 24,
    value: (x, { lookups, lang }) =>
      x.recipientOrganizationId ? organizationName(x.recipientOrganizationId, lookups, lang) : '',
  },
  { key: 'amount', width: 14, value: (x) => x.amount?.yuan ?? null },
  {
    key: 'amountBasis',
    width: 10,
    value: (x, ctx) => (x.amount ? basis(x.amount.basis, ctx) : ctx.t('ledger:notReported')),
  },
  { key: 'purpose', width: 40, value: (x, { lang }) => localName(x.purpose, lang) },
  {
    key: 'status',
    width: 10,
    value: (x, { t }) => t(`fundStatus.${x.status}`, { defaultValue: x.status }),
  },
  ...provenanceColumns<FundAllocation>(),
  ...auditColumns<FundAllocation>(),
];

export interface ExportTable {
  rows: CellValue[][];
  /** Column widths in characters (XLSX). */
  widths: number[];
}

/**
 * The exported labels (types, statuses, bases) are few; i18next takes ~0.1 ms a call, which for
 * 100,000 rows would be minutes. Labels here take no interpolation, so a cache is exact.
 */
function cachedTranslate(t: Translate): Translate {
  const cache = new Map<string, string>();
  return (key, options) => {
    let label = cache.get(key);
    if (label === undefined) {
      label = t(key, options);
      cache.set(key, label);
    }
    return label;
  };
}

function table<R>(
  columns: Column<R>[],
  records: readonly R[],
  context: ExportContext,
): ExportTable {
  const ctx = { ...context, t: cachedTranslate(context.t) };
  const header = columns.map((c) => ctx.t(`ledger:exportColumn.${c.key}`));
  return {
    rows: [header, ...records.map((r) => columns.map((c) => c.value(r, ctx)))],
    widths: columns.map((c) => c.width),
  };
}

export const activityExportTable = (records: readonly Activity[], ctx: ExportContext) =>
  table(activityExportColumns, records, ctx);
export const fundExportTable = (records: readonly FundAllocation[], ctx: ExportContext) =>
  table(fundExportColumns, records, ctx);
