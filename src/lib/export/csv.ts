/**
 * CSV that Excel in China opens correctly (UTF-8 with BOM, CRLF) and that cannot run formulas.
 * Quoting follows RFC 4180; formula neutralisation follows OWASP's "CSV injection" advice.
 */
export type CellValue = string | number | boolean | null | undefined;

/** A text cell Excel or LibreOffice would read as a formula or a control sequence. */
const FORMULA_START = /^[=+\-@\t\r\0]/;

/**
 * Text that starts like a formula gets a leading apostrophe, so spreadsheets show it as text.
 * Numbers stay numbers: -5 is a value, "-5" typed as a name is not.
 */
export function neutralizeCell(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

function cellText(value: CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  return neutralizeCell(value);
}

export function quoteField(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export const UTF8_BOM = '\uFEFF';

export function toCsv(rows: readonly (readonly CellValue[])[], { bom = true } = {}): string {
  const body = rows
    .map((row) => row.map((cell) => quoteField(cellText(cell))).join(','))
    .join('\r\n');
  return `${bom ? UTF8_BOM : ''}${body}\r\n`;
}

export function csvBlob(csv: string): Blob {
  return new Blob([csv], { type: 'text/csv;charset=utf-8' });
}

/** Saves a file through the browser's download, without a server round trip. */
export function downloadBlob(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  // Revoke later: some browsers read the URL after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** `relief-ledger-2023-08-07` style names, safe on every file system. */
export function exportFilename(base: string, extension: string, date = new Date()): string {
  const safe = base.replace(/[\\/:*?"<>|\s]+/g, '-').replace(/^-+|-+$/g, '') || 'export';
  const stamp = date.toISOString().slice(0, 16).replace(/[:T]/g, '-');
  return `${safe}-${stamp}.${extension}`;
}
