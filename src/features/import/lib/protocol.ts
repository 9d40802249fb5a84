/** Messages between the import page and its worker. */
import type { ColumnMapping } from './fields';
import type { ImportOptions, ReferenceData, Validation } from './activity-rows';
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
      mapping: ColumnMapping;
      options: ImportOptions;
      reference: ReferenceData;
    };

export type WorkerResponse =
  | { id: number; type: 'progress'; phase: Phase; done: number; total: number }
  | { id: number; type: 'parsed'; summary: TableSummary }
  | { id: number; type: 'validated'; validation: Validation }
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
