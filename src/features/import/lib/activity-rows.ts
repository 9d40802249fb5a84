/**
 * Spreadsheet rows → activity inputs. Pure: the worker runs it over 100,000 rows, the component
 * test runs it inline. The contract's schema has the last word on every row, so the import
 * follows the same rules as the entry forms.
 */
import {
  activityInputSchema,
  type ActivityInput,
  type ActivityType,
  type FundAllocationInput,
} from '@/api/contract';
import { commonMessages } from '@/i18n/common';
import { parseAmount } from '@/lib/parse/amounts';
import { parseCount } from '@/lib/parse/counts';
import { parseDate } from '@/lib/parse/dates';
import { BEIJING_DISTRICTS, parseDistricts } from '@/lib/parse/districts';
import { compact } from '@/lib/parse/text';
import type { z } from 'zod';
import {
  importFields,
  recogniseType,
  type ActivityField,
  type ColumnMapping,
  type ImportField,
} from './fields';

export interface ImportOptions {
  fileName: string;
  /** Year for dates written without one (8月7日). */
  defaultYear: number;
  /** Create organizations the file names but the dashboard does not know. */
  createMissingOrganizations: boolean;
  /** Organization for rows whose organization cell is empty ('' = none). */
  defaultOrganizationId: string;
  /** From the amount column's header: 金额（万元） → 10,000. */
  cashMultiplier: number;
}

export interface ReferenceData {
  organizations: { id: string; zh: string; en: string }[];
  sites: { id: string; zh: string; en: string; districtCode: string }[];
}

export interface RowIssue {
  field: ImportField;
  /** Stable code, translated by the UI (date_format, unknown_organization, too_long…). */
  code: string;
}

/** An activity or a fund allocation, as the batch endpoints take them. */
export type RecordInput = ActivityInput | FundAllocationInput;

export interface ValidatedRow<I extends RecordInput = RecordInput> {
  /** Spreadsheet row number, as the user sees it. */
  rowNumber: number;
  /** The mapped cells as they are in the file, for the preview. */
  cells: Partial<Record<ImportField, string>>;
  /** Null when the row has issues. Organizations to create carry NEW_ORGANIZATION_PREFIX + name. */
  input: I | null;
  issues: RowIssue[];
}

export interface Validation<I extends RecordInput = RecordInput> {
  rows: ValidatedRow<I>[];
  valid: number;
  invalid: number;
  /** Rows with nothing in any mapped column, left out. */
  blank: number;
  /** Names of organizations the import will create (when allowed), in file order. */
  newOrganizations: string[];
}

export const NEW_ORGANIZATION_PREFIX = 'new-organization:';

export const MAX_NAME = 500;

export const key = (s: string) => compact(s).toLowerCase();

/** Organization names (Chinese and English) → id. */
function organizationsByName(reference: ReferenceData): Map<string, string> {
  const orgs = new Map<string, string>();
  for (const o of reference.organizations) {
    if (o.en.trim()) orgs.set(key(o.en), o.id);
    orgs.set(key(o.zh), o.id);
  }
  return orgs;
}

/**
 * Organization cells → ids, for every kind of sheet. A name the reference data does not know
 * becomes a marker of an organization to create (when the user allows it); `created` lists those
 * names once each, in file order.
 */
export function organizationResolver(reference: ReferenceData, options: ImportOptions) {
  const orgs = organizationsByName(reference);
  const created = new Map<string, string>();
  const resolve = (name: string): { id: string } | { issue: string } => {
    const known = orgs.get(key(name));
    if (known) return { id: known };
    if (!options.createMissingOrganizations) return { issue: 'unknown_organization' };
    if (name.length > MAX_NAME) return { issue: 'too_long' };
    const k = key(name);
    if (!created.has(k)) created.set(k, name);
    return { id: `${NEW_ORGANIZATION_PREFIX}${created.get(k)}` };
  };
  /** A cell that must name an organization: empty takes the chosen default, if there is one. */
  const resolveRequired = (name: string): { id: string } | { issue: string } => {
    if (name !== '') return resolve(name);
    return options.defaultOrganizationId
      ? { id: options.defaultOrganizationId }
      : { issue: 'required' };
  };
  return { resolve, resolveRequired, created: () => [...created.values()] };
}

/** A row's cells in the mapped columns, or null when every one of them is empty (a blank row). */
function mappedCells<F extends ImportField>(
  row: readonly string[],
  fields: readonly F[],
  mapping: ColumnMapping,
): Partial<Record<F, string>> | null {
  const cells: Partial<Record<F, string>> = {};
  let filled = false;
  for (const field of fields) {
    const col = mapping[field];
    if (col === undefined) continue;
    const v = row[col] ?? '';
    cells[field] = v;
    if (v.trim() !== '') filled = true;
  }
  return filled ? cells : null;
}

/** What one kind of sheet adds to the shared loop below. */
export interface SheetReader<F extends ImportField, I extends RecordInput> {
  fields: readonly F[];
  /** Reads a row's cells into a candidate, pushing what is wrong (the candidate then is unused). */
  readRow(cell: (field: F) => string, issues: RowIssue[]): I;
  /** The contract's input schema: the last word on every row. */
  schema: z.ZodType;
  /** The column to blame for a schema issue at this path. */
  fieldOfPath(path: readonly PropertyKey[]): F;
}

/**
 * The loop every kind of sheet shares: progress every 5,000 rows, blank rows left out, the kind's
 * own reading of each row, then the contract's schema.
 */
export function validateSheet<F extends ImportField, I extends RecordInput>(
  rows: readonly (readonly string[])[],
  firstRowNumber: number,
  mapping: ColumnMapping,
  sheet: SheetReader<F, I>,
  onProgress: (done: number, total: number) => void,
): Omit<Validation<I>, 'newOrganizations'> {
  const out: ValidatedRow<I>[] = [];
  let valid = 0;
  let blank = 0;
  for (let r = 0; r < rows.length; r++) {
    if (r % 5000 === 0) onProgress(r, rows.length);
    const cells = mappedCells(rows[r]!, sheet.fields, mapping);
    if (!cells) {
      blank += 1;
      continue;
    }
    const issues: RowIssue[] = [];
    const candidate = sheet.readRow((f) => (cells[f] ?? '').trim(), issues);
    let input: I | null = null;
    if (issues.length === 0) {
      const parsed = sheet.schema.safeParse(candidate);
      if (parsed.success) input = candidate;
      else
        for (const issue of parsed.error.issues)
          issues.push({ field: sheet.fieldOfPath(issue.path), code: issue.message });
    }
    if (input) valid += 1;
    out.push({ rowNumber: firstRowNumber + r, cells, input, issues });
  }
  onProgress(rows.length, rows.length);
  return { rows: out, valid, invalid: out.length - valid, blank };
}

const districtZh = new Map(BEIJING_DISTRICTS.map(([code, zh]) => [code, `${zh}区`]));
const typeZh = commonMessages['zh-CN'].activityType as Record<ActivityType, string>;

/** Provenance note of imported records. */
export const importNote = (fileName: string) => `导入自 ${fileName}`;

export function validateRows(
  rows: readonly (readonly string[])[],
  firstRowNumber: number,
  mapping: ColumnMapping,
  options: ImportOptions,
  reference: ReferenceData,
  onProgress: (done: number, total: number) => void = () => {},
): Validation<ActivityInput> {
  const organizations = organizationResolver(reference, options);
  const sitesByName = new Map<string, { id: string; districtCode: string }[]>();
  for (const s of reference.sites) {
    for (const name of [s.zh, s.en]) {
      if (!name.trim()) continue;
      const list = sitesByName.get(key(name)) ?? [];
      list.push({ id: s.id, districtCode: s.districtCode });
      sitesByName.set(key(name), list);
    }
  }
  const provenance = { kind: 'entered' as const, note: importNote(options.fileName) };

  const readRow = (cell: (f: ActivityField) => string, issues: RowIssue[]): ActivityInput => {
    const date = parseDate(cell('date'), { defaultYear: options.defaultYear });
    if (!date.ok) issues.push({ field: 'date', code: date.error });

    let districtCodes: string[] = [];
    if (cell('district') !== '') {
      const d = parseDistricts(cell('district'));
      if (d.ok) districtCodes = d.value;
      else issues.push({ field: 'district', code: d.error });
    }

    // Sites: each name matched within the row's districts (or anywhere, if the row has none and
    // the name is unique); names that match no site are kept in the notes.
    const siteIds: string[] = [];
    const unmatchedPlaces: string[] = [];
    if (cell('site') !== '') {
      for (const name of cell('site').split(/[、,，;；]+/)) {
        if (name.trim() === '') continue;
        const candidates = sitesByName.get(key(name)) ?? [];
        const inScope =
          districtCodes.length > 0
            ? candidates.filter((c) => districtCodes.includes(c.districtCode))
            : candidates;
        const site = inScope.length === 1 || districtCodes.length > 0 ? inScope[0] : undefined;
        if (site) {
          if (!siteIds.includes(site.id)) siteIds.push(site.id);
          if (!districtCodes.includes(site.districtCode)) districtCodes.push(site.districtCode);
        } else unmatchedPlaces.push(name.trim());
      }
    }

    let organizationId = '';
    const o = organizations.resolveRequired(cell('organization'));
    if ('id' in o) organizationId = o.id;
    else issues.push({ field: 'organization', code: o.issue });

    let workersServed: ActivityInput['workersServed'] = null;
    if (cell('workers') !== '') {
      const c = parseCount(cell('workers'));
      if (c.ok)
        workersServed = { value: c.value.value, atLeast: c.value.atLeast, basis: 'entered' };
      else issues.push({ field: 'workers', code: c.error });
    }

    let cash: ActivityInput['cash'] = null;
    if (cell('cash') !== '') {
      const a = parseAmount(cell('cash'), options.cashMultiplier);
      if (a.ok) cash = { yuan: a.value, basis: 'entered' };
      else issues.push({ field: 'cash', code: a.error });
    }

    let type: ActivityType = 'condolence_visit';
    if (cell('type') !== '') {
      const t = recogniseType(cell('type'));
      if (t) type = t as ActivityType;
      else issues.push({ field: 'type', code: 'type_unknown' });
    }

    let title = cell('title');
    if (title === '') {
      const where = [
        ...districtCodes.map((c) => districtZh.get(c) ?? c),
        ...(cell('site') ? [cell('site')] : []),
      ].join(' · ');
      title = where ? `${typeZh[type]}（${where}）` : typeZh[type];
    }

    const notes = [
      ...(unmatchedPlaces.length ? [`地点：${unmatchedPlaces.join('、')}`] : []),
      ...(cell('notes') ? [cell('notes')] : []),
    ].join('\n');

    return {
      date: date.ok ? date.value : '',
      endDate: null,
      type,
      title: { zh: title, en: '' },
      organizationId,
      districtCodes,
      siteIds,
      workersServed,
      cash,
      notes,
      provenance,
    };
  };

  return {
    ...validateSheet(
      rows,
      firstRowNumber,
      mapping,
      { fields: importFields, readRow, schema: activityInputSchema, fieldOfPath },
      onProgress,
    ),
    newOrganizations: organizations.created(),
  };
}

const PATH_FIELDS: Record<string, ImportField> = {
  date: 'date',
  type: 'type',
  title: 'title',
  organizationId: 'organization',
  districtCodes: 'district',
  siteIds: 'site',
  workersServed: 'workers',
  cash: 'cash',
  notes: 'notes',
};

function fieldOfPath(path: readonly PropertyKey[]): ImportField {
  const head = path[0];
  return (typeof head === 'string' && PATH_FIELDS[head]) || 'title';
}
