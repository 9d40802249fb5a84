/**
 * Reading a CSV or XLSX file into a table of strings. Runs in the import worker (and inline in
 * tests); pure apart from the libraries it calls.
 */
import Papa from 'papaparse';
import { readSheet } from 'read-excel-file/universal';
import { decodeText, type TextEncodingName } from '@/lib/parse/encoding';
import { MAX_IMPORT_BYTES, sniffFileKind } from '@/lib/parse/file-type';
import { findHeaderRow } from './fields';

export interface Table {
  kind: 'csv' | 'xlsx';
  encoding: TextEncodingName | null;
  headers: string[];
  rows: string[][];
  /** Spreadsheet row number (1-based) of the header; data rows follow it. */
  headerRowNumber: number;
  /** Columns that hold data under an empty header (merged header cells, usually). */
  unnamedColumns: number[];
}

export type TableErrorCode =
  'file_empty' | 'file_too_large' | 'file_unsupported' | 'file_xls' | 'file_corrupt' | 'no_rows';

export class TableError extends Error {
  constructor(
    readonly code: TableErrorCode,
    detail = '',
  ) {
    super(detail ? `${code}: ${detail}` : code);
  }
}

export type Progress = (done: number, total: number) => void;

const pad2 = (n: number) => String(n).padStart(2, '0');

/** A cell as text. Dates (XLSX date cells arrive as Date at midnight UTC) become ISO days. */
export function cellText(cell: unknown): string {
  if (cell === null || cell === undefined) return '';
  if (cell instanceof Date) {
    if (Number.isNaN(cell.getTime())) return '';
    return `${cell.getUTCFullYear()}-${pad2(cell.getUTCMonth() + 1)}-${pad2(cell.getUTCDate())}`;
  }
  if (typeof cell === 'number') return Number.isFinite(cell) ? String(cell) : '';
  if (typeof cell === 'boolean') return cell ? 'TRUE' : 'FALSE';
  return String(cell);
}

function parseCsv(text: string, onProgress: Progress): string[][] {
  const rows: string[][] = [];
  const total = text.length;
  Papa.parse<string[]>(text, {
    header: false,
    skipEmptyLines: 'greedy',
    step: (results) => {
      rows.push(results.data);
      if (rows.length % 5000 === 0) onProgress(results.meta.cursor, total);
    },
  });
  onProgress(total, total);
  return rows;
}

export async function readTable(
  data: ArrayBuffer,
  onProgress: Progress = () => {},
): Promise<Table> {
  if (data.byteLength > MAX_IMPORT_BYTES) throw new TableError('file_too_large');
  const bytes = new Uint8Array(data);
  const kind = sniffFileKind(bytes.subarray(0, 4096), bytes.byteLength);
  if (kind === 'empty') throw new TableError('file_empty');
  if (kind === 'xls') throw new TableError('file_xls');
  if (kind === 'unsupported') throw new TableError('file_unsupported');

  let raw: string[][];
  let encoding: TextEncodingName | null = null;
  if (kind === 'xlsx') {
    onProgress(0, 1);
    let sheet: unknown[][];
    try {
      // The reader checks `instanceof ArrayBuffer`, which a buffer from another realm (jsdom in
      // tests) fails: hand it a copy made here.
      const copy = new ArrayBuffer(bytes.byteLength);
      new Uint8Array(copy).set(bytes);
      sheet = (await readSheet(copy)) as unknown[][];
    } catch (e) {
      throw new TableError('file_corrupt', e instanceof Error ? e.message : String(e));
    }
    raw = sheet.map((r) => r.map(cellText));
    onProgress(1, 1);
  } else {
    const decoded = decodeText(bytes);
    encoding = decoded.encoding;
    if (decoded.text.trim() === '') throw new TableError('file_empty');
    raw = parseCsv(decoded.text, onProgress);
  }
  return toTable(raw, kind, encoding);
}

/** Finds the header row, trims header text, drops blank rows, notes unnamed data columns. */
export function toTable(
  raw: string[][],
  kind: 'csv' | 'xlsx',
  encoding: TextEncodingName | null,
): Table {
  const headerIndex = findHeaderRow(raw);
  const headerCells = raw[headerIndex] ?? [];
  const body = raw.slice(headerIndex + 1);
  let width = headerCells.length;
  for (const r of body) if (r.length > width) width = r.length;
  const headers = Array.from({ length: width }, (_, i) => (headerCells[i] ?? '').trim());
  const unnamedColumns = headers.flatMap((h, i) =>
    h === '' && body.some((r) => (r[i] ?? '').trim() !== '') ? [i] : [],
  );
  if (headers.every((h) => h === '') && body.length === 0) throw new TableError('file_empty');
  if (body.length === 0) throw new TableError('no_rows');
  return {
    kind,
    encoding,
    headers,
    rows: body,
    headerRowNumber: headerIndex + 1,
    unnamedColumns,
  };
}
