/**
 * What a file really is, from its first bytes rather than its name: a renamed PDF or photo
 * must not reach the CSV parser.
 */
export type FileKind = 'xlsx' | 'csv' | 'empty' | 'xls' | 'unsupported';

const startsWith = (bytes: Uint8Array, signature: number[]) =>
  signature.every((b, i) => bytes[i] === b);

/** Known binary formats that are neither CSV nor XLSX. */
const BINARY_SIGNATURES: number[][] = [
  [0x25, 0x50, 0x44, 0x46], // %PDF
  [0x89, 0x50, 0x4e, 0x47], // PNG
  [0xff, 0xd8, 0xff], // JPEG
  [0x47, 0x49, 0x46, 0x38], // GIF
  [0x52, 0x61, 0x72, 0x21], // RAR
  [0x1f, 0x8b], // gzip
  [0x37, 0x7a, 0xbc, 0xaf], // 7z
  [0x7b, 0x5c, 0x72, 0x74, 0x66], // {\rtf
];

/**
 * @param head the first bytes of the file (4 KB is plenty)
 * @param size the whole file's size
 */
export function sniffFileKind(head: Uint8Array, size: number): FileKind {
  if (size === 0) return 'empty';
  // XLSX is a ZIP archive (the reader checks it holds a workbook).
  if (startsWith(head, [0x50, 0x4b, 0x03, 0x04])) return 'xlsx';
  // Excel 97–2003 (.xls) and password-protected .xlsx are OLE compound files.
  if (startsWith(head, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return 'xls';
  if (BINARY_SIGNATURES.some((s) => startsWith(head, s))) return 'unsupported';
  const utf16 = (head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff);
  if (!utf16) {
    // Text has no NUL bytes and few control characters.
    let control = 0;
    for (const b of head) {
      if (b === 0) return 'unsupported';
      if (b < 0x09 || (b > 0x0d && b < 0x20 && b !== 0x1b)) control += 1;
    }
    if (head.length > 0 && control / head.length > 0.05) return 'unsupported';
  }
  return 'csv';
}

export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;
