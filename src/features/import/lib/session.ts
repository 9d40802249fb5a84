/**
 * One import's data, kept where it was read: in the worker in the browser (inline in jsdom).
 * The page gets only what it shows: a summary of the checks, the preview rows it scrolls to,
 * and each batch as the JSON body to send. 100,000 rows are never copied into the page, so
 * the tab stays responsive.
 */
import {
  NEW_ORGANIZATION_PREFIX,
  validateRows,
  type ImportOptions,
  type RecordInput,
  type ReferenceData,
  type RowIssue,
  type Validation,
  type ValidatedRow,
} from './activity-rows';
import { fieldsOf, type ColumnMapping, type ImportField, type RecordKind } from './fields';
import { validateFundRows } from './fund-rows';
import { summarise, type TableSummary } from './protocol';
import { readTable, type Progress, type Table } from './table';

export interface IssueCount {
  field: ImportField;
  code: string;
  count: number;
}

/** What the preview needs to know about all rows. */
export interface ValidationSummary {
  kind: RecordKind;
  /** Rows checked (blank rows excluded). */
  total: number;
  valid: number;
  invalid: number;
  blank: number;
  newOrganizations: string[];
  /** Problems of all rows, grouped and counted, most frequent first. */
  issues: IssueCount[];
  /** Mapped fields, in the order the preview shows them. */
  fields: ImportField[];
}

/** One row as the preview shows it. */
export interface PreviewRow {
  rowNumber: number;
  ok: boolean;
  cells: Partial<Record<ImportField, string>>;
  issues: RowIssue[];
}

/** Problems of all rows, grouped (field + code) and counted, most frequent first. */
export function summariseIssues(rows: readonly { issues: readonly RowIssue[] }[]): IssueCount[] {
  const counts = new Map<string, IssueCount>();
  for (const row of rows) {
    for (const issue of row.issues) {
      const key = `${issue.field}|${issue.code}`;
      const entry = counts.get(key);
      if (entry) entry.count += 1;
      else counts.set(key, { field: issue.field, code: issue.code, count: 1 });
    }
  }
  return [...counts.values()].sort((a, b) => b.count - a.count);
}

export const NEW_ORGANIZATION_FIELDS = [
  'organizationId',
  'sourceOrganizationId',
  'recipientOrganizationId',
] as const;

export class ImportSession {
  private table: Table | null = null;
  private validation: Validation | null = null;
  private valid: RecordInput[] = [];
  private errors: ValidatedRow[] = [];

  async parse(data: ArrayBuffer, onProgress: Progress): Promise<TableSummary> {
    this.table = null;
    this.validation = null;
    this.table = await readTable(data, onProgress);
    return summarise(this.table);
  }

  validate(
    kind: RecordKind,
    mapping: ColumnMapping,
    options: ImportOptions,
    reference: ReferenceData,
    onProgress: Progress,
  ): ValidationSummary {
    const table = this.table;
    if (!table) throw new Error('no file has been read');
    const run = kind === 'funds' ? validateFundRows : validateRows;
    const v: Validation = run(
      table.rows,
      table.headerRowNumber + 1,
      mapping,
      options,
      reference,
      onProgress,
    );
    this.validation = v;
    this.valid = [];
    this.errors = [];
    for (const row of v.rows) {
      if (row.input) this.valid.push(row.input);
      else this.errors.push(row);
    }
    return {
      kind,
      total: v.rows.length,
      valid: v.valid,
      invalid: v.invalid,
      blank: v.blank,
      newOrganizations: v.newOrganizations,
      issues: summariseIssues(this.errors),
      fields: fieldsOf(kind).filter((f) => mapping[f] !== undefined),
    };
  }

  /** Preview rows `from` … `from + count` of all rows, or of the rows with problems. */
  rows(from: number, count: number, onlyErrors: boolean): PreviewRow[] {
    const source = onlyErrors ? this.errors : (this.validation?.rows ?? []);
    return source.slice(from, from + count).map((r) => ({
      rowNumber: r.rowNumber,
      ok: r.input !== null,
      cells: r.cells,
      issues: r.issues,
    }));
  }

  /**
   * The body of batch `index` (`{"items":[…]}`), valid rows only, with the organizations the
   * import created put in place of their names.
   */
  batch(
    index: number,
    size: number,
    organizationIds: Readonly<Record<string, string>>,
  ): { json: string; count: number } {
    const prefix = NEW_ORGANIZATION_PREFIX;
    const items = this.valid.slice(index * size, (index + 1) * size).map((input) => {
      const out: Record<string, unknown> = { ...input };
      for (const f of NEW_ORGANIZATION_FIELDS) {
        const v = out[f];
        if (typeof v === 'string' && v.startsWith(prefix)) {
          const id = organizationIds[v.slice(prefix.length)];
          if (!id) throw new Error(`organization "${v.slice(prefix.length)}" was not created`);
          out[f] = id;
        }
      }
      return out;
    });
    return { json: JSON.stringify({ items }), count: items.length };
  }

  get validCount(): number {
    return this.valid.length;
  }
}
