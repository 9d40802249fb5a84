/** Messages between the import page and its worker. */
import type { ImportOptions, ReferenceData } from './activity-rows';
import type { ColumnMapping, RecordKind } from './fields';
import type { PreviewRow, ValidationSummary } from './session';
import type { Table, TableErrorCode } from './table';

/** What the page needs of a parsed file: its shape and a few rows for the mapping step. */
export interface TableSummary {
  kind: Table['kind'];
  encoding: Table['encoding'];
  headers: string[];
  sample: string[][];
  rowCount: number;
  headerRowNumber: number;
  unnamedColumns: number[];
}

export type Phase = 'read' | 'parse' | 'validate';

export type WorkerRequest =
  | { id: number; type: 'parse'; data: ArrayBuffer }
  | {
      id: number;
      type: 'validate';
      kind: RecordKind;
      mapping: ColumnMapping;
      options: ImportOptions;
      reference: ReferenceData;
    }
  | { id: number; type: 'rows'; from: number; count: number; onlyErrors: boolean }
  | {
      id: number;
      type: 'batch';
      index: number;
      size: number;
      organizationIds: Record<string, string>;
    };

export type WorkerResponse =
  | { id: number; type: 'progress'; phase: Phase; done: number; total: number }
  | { id: number; type: 'parsed'; summary: TableSummary }
  | { id: number; type: 'validated'; summary: ValidationSummary }
  | { id: number; type: 'rows'; rows: PreviewRow[] }
  /** The body as UTF-8 bytes, transferred rather than copied. */
  | { id: number; type: 'batch'; json: Uint8Array<ArrayBuffer>; count: number }
  | { id: number; type: 'error'; code: TableErrorCode | 'internal'; detail: string };

export function summarise(table: Table): TableSummary {
  return {
    kind: table.kind,
    encoding: table.encoding,
    headers: table.headers,
    sample: table.rows.slice(0, 5),
    rowCount: table.rows.length,
    headerRowNumber: table.headerRowNumber,
    unnamedColumns: table.unnamedColumns,
  };
}
