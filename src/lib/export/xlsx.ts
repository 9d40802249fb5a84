/**
 * XLSX export. The writer (write-excel-file) is loaded on first use, so it stays out of the
 * first bundle. Text cells are neutralised exactly like CSV cells: a name typed as
 * `=HYPERLINK(…)` is shown as text in every spreadsheet program, never run.
 */
import type { SheetData } from 'write-excel-file/browser';
import { neutralizeCell, type CellValue } from './csv';

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * Rows as the writer's sheet data: numbers stay numbers (non-finite ones become empty), booleans
 * stay booleans, every string is neutralised and typed as text. The first row is the header.
 */
export function toSheetData(rows: readonly (readonly CellValue[])[]): SheetData {
  return rows.map((row, rowIndex) =>
    row.map((cell) => {
      if (cell === null || cell === undefined) return null;
      if (typeof cell === 'number')
        return Number.isFinite(cell) ? { value: cell, type: Number } : null;
      if (typeof cell === 'boolean') return { value: cell, type: Boolean };
      const value = neutralizeCell(cell);
      return rowIndex === 0
        ? { value, type: String, fontWeight: 'bold' as const }
        : { value, type: String };
    }),
  );
}

export interface XlsxOptions {
  /** Sheet name; Excel allows 31 characters and no []:*?/\ */
  sheet?: string;
  /** Column widths in characters. */
  widths?: readonly number[];
}

export function safeSheetName(name: string): string {
  return (
    name
      .replace(/[[\]:*?/\\]/g, ' ')
      .slice(0, 31)
      .trim() || 'Sheet1'
  );
}

export async function xlsxBlob(
  rows: readonly (readonly CellValue[])[],
  { sheet = 'Sheet1', widths }: XlsxOptions = {},
): Promise<Blob> {
  const { default: writeXlsxFile } = await import('write-excel-file/browser');
  return writeXlsxFile(toSheetData(rows), {
    sheet: safeSheetName(sheet),
    stickyRowsCount: 1,
    ...(widths ? { columns: widths.map((width) => ({ width })) } : {}),
  }).toBlob();
}
