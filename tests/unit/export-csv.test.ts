import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { exportFilename, neutralizeCell, toCsv, UTF8_BOM } from '@/lib/export/csv';

const parse = (csv: string) =>
  Papa.parse<string[]>(csv.replace(UTF8_BOM, ''), {
    delimiter: ',',
    newline: '\r\n',
    skipEmptyLines: false,
  }).data;

describe('CSV export', () => {
  it('starts with a BOM and ends lines with CRLF so Excel reads Chinese text', () => {
    const csv = toCsv([
      ['区', '人数'],
      ['房山区', 2800],
    ]);
    expect(csv.startsWith(UTF8_BOM)).toBe(true);
    expect(csv).toBe(`${UTF8_BOM}区,人数\r\n房山区,2800\r\n`);
  });

  it('neutralises cells that a spreadsheet would run as formulas', () => {
    expect(neutralizeCell('=HYPERLINK("http://x","y")')).toBe(`'=HYPERLINK("http://x","y")`);
    expect(neutralizeCell("=cmd|' /C calc'!A0")).toMatch(/^'=/);
    for (const start of ['+', '-', '@', '\t', '\r', '\0'])
      expect(neutralizeCell(`${start}1`)).toBe(`'${start}1`);
    expect(neutralizeCell('房山区')).toBe('房山区');
    expect(toCsv([[-5]], { bom: false })).toBe('-5\r\n');
  });

  it('writes empty cells for missing and non-finite numbers', () => {
    expect(toCsv([[null, undefined, Number.NaN, Infinity, true]], { bom: false })).toBe(
      ',,,,TRUE\r\n',
    );
  });

  it('round-trips any text through an RFC 4180 parser, neutralised, with no cell starting a formula', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.array(fc.string({ unit: 'binary', maxLength: 30 }), { minLength: 1, maxLength: 5 }),
          {
            minLength: 1,
            maxLength: 8,
          },
        ),
        (rows) => {
          const width = rows[0]!.length;
          const table = rows.map((r) => Array.from({ length: width }, (_, i) => r[i] ?? ''));
          const back = parse(toCsv(table));
          // The trailing CRLF yields one empty last row.
          expect(back.slice(0, table.length)).toEqual(table.map((r) => r.map(neutralizeCell)));
          for (const row of back)
            for (const cell of row) expect(cell).not.toMatch(/^[=+\-@\t\r\0]/);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('keeps tab-only cells in their columns (a row that once made the parser guess a tab delimiter)', () => {
    const table = [['\t', '\t', '', '']];
    expect(parse(toCsv(table)).slice(0, 1)).toEqual([["'\t", "'\t", '', '']]);
  });

  it('makes file names safe', () => {
    expect(exportFilename('救灾 台账/房山', 'csv', new Date('2023-08-07T10:30:00Z'))).toBe(
      '救灾-台账-房山-2023-08-07-10-30.csv',
    );
  });
});
