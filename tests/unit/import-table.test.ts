import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readTable, TableError } from '@/features/import/lib/table';

const fixture = (name: string) => {
  const b = readFileSync(resolve(process.cwd(), 'tests/fixtures/import', name));
  return b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer;
};
const bytes = (text: string) => new TextEncoder().encode(text).buffer as ArrayBuffer;

async function failure(data: ArrayBuffer) {
  try {
    await readTable(data);
  } catch (e) {
    return e instanceof TableError ? e.code : String(e);
  }
  return 'no error';
}

describe('reading files', () => {
  it('reads a GBK CSV as Excel writes it in China', async () => {
    const table = await readTable(fixture('activities-gbk.csv'));
    expect(table.kind).toBe('csv');
    expect(table.encoding).toBe('gb18030');
    expect(table.headers.slice(0, 4)).toEqual(['日期', '区', '乡镇/街道', '单位']);
    expect(table.rows).toHaveLength(7);
    expect(table.rows[2]?.[8]).toBe('<img src=x onerror=alert(1)>');
    expect(table.rows[3]?.[7]).toBe('=HYPERLINK("http://example.com","点击查看")');
  });

  it('reads an XLSX with a merged title row, date cells and a formula', async () => {
    const table = await readTable(fixture('activities.xlsx'));
    expect(table.kind).toBe('xlsx');
    expect(table.headerRowNumber).toBe(2);
    expect(table.headers).toContain('金额（万元）');
    expect(table.rows[0]?.slice(0, 2)).toEqual(['2023-08-15', '延庆区']);
    expect(table.rows[1]?.[5]).toBe('1.5');
    // The formula has no cached value: it is read as empty, never evaluated.
    expect(table.rows[2]?.[8]).toBe('');
  });

  it('points at data columns without a name (merged header cells)', async () => {
    const table = await readTable(fixture('merged-header.xlsx'));
    expect(table.unnamedColumns).toEqual([1]);
  });

  it('reads UTF-8 with a BOM and a semicolon or tab separator', async () => {
    const table = await readTable(bytes('\ufeff日期;区\n2023-08-07;房山\n'));
    expect(table.headers).toEqual(['日期', '区']);
    expect(table.rows).toEqual([['2023-08-07', '房山']]);
    const tabs = await readTable(bytes('日期\t区\n2023-08-07\t房山\n'));
    expect(tabs.rows).toEqual([['2023-08-07', '房山']]);
  });

  it.each([
    ['an empty file', new ArrayBuffer(0), 'file_empty'],
    ['a file of blanks', bytes('\ufeff  \r\n \n'), 'file_empty'],
    ['only headers', bytes('日期,区\n'), 'no_rows'],
    ['a PDF named .csv', bytes('%PDF-1.7\n%âãÏÓ\n'), 'file_unsupported'],
    ['a binary file', new Uint8Array([1, 0, 2, 0, 3]).buffer, 'file_unsupported'],
    [
      'an old .xls',
      new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0]).buffer,
      'file_xls',
    ],
    [
      'a ZIP that is no workbook',
      new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0]).buffer,
      'file_corrupt',
    ],
    ['over 20 MB', new ArrayBuffer(20 * 1024 * 1024 + 1), 'file_too_large'],
  ])('rejects %s with a clear code', async (_name, data, code) => {
    expect(await failure(data)).toBe(code);
  });
});
