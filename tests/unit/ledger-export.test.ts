import fc from 'fast-check';
import Papa from 'papaparse';
import { readSheet } from 'read-excel-file/node';
import { describe, expect, it } from 'vitest';
import type { ListParams } from '@/api/contract';
import '@/features/ledger/i18n';
import { activityExportTable, fundExportTable } from '@/features/ledger/lib/export-rows';
import { EXPORT_PAGE_SIZE, fetchAllPages } from '@/features/ledger/lib/fetch-all';
import type { NameLookups } from '@/features/ledger/lib/names';
import { i18n } from '@/i18n';
import type { Language } from '@/i18n/languages';
import { toCsv, type CellValue } from '@/lib/export/csv';
import { toSheetData, xlsxBlob } from '@/lib/export/xlsx';
import { districts } from '@mocks/data/districts';
import { makeActivity, makeFund } from '../support/factories';

const lookups: NameLookups = {
  districts: new Map(districts.map((d) => [d.code, d])),
  organizations: new Map([
    [
      'org-bjftu',
      {
        id: 'org-bjftu',
        name: { zh: '北京市总工会', en: 'Beijing Federation of Trade Unions' },
        kind: 'municipal_federation',
        districtCode: null,
        provenance: { kind: 'reported', source: 's', quote: 'q' },
      },
    ],
  ]),
  sites: new Map(),
};
const ctx = (lang: Language) => ({ t: i18n.getFixedT(lang, 'common'), lang, lookups });
const column = (rows: CellValue[][], name: string) => {
  const i = (rows[0] as CellValue[]).indexOf(name);
  if (i < 0) throw new Error(`no column ${name} in ${String(rows[0])}`);
  return rows.slice(1).map((r) => r[i]);
};

const FORMULA_START = /^[=+\-@\t\r\0]/;

describe('ledger export rows', () => {
  const activity = makeActivity({
    id: 'act-1',
    organizationId: 'org-bjftu',
    partnerOrganizationIds: ['org-gone'],
    districtCodes: ['110111', '110116'],
    leaders: [{ name: '张良', role: '党组书记' }],
    workersServed: { value: 2800, basis: 'reported', atLeast: true },
    goods: [
      { kind: 'water', quantity: 200, unit: '箱', basis: 'illustrative' },
      { kind: 'cooling_pack', quantity: null, unit: '', basis: 'reported' },
    ],
    cash: { yuan: 50_000, basis: 'illustrative' },
    provenance: { kind: 'reported', source: 'union-report', quote: '服务职工2800余人' },
    updatedBy: '王小明',
  });

  it('has a header in the reader language and keeps figures as numbers in yuan', () => {
    const zh = activityExportTable([activity], ctx('zh-CN')).rows;
    expect(zh[0]).toContain('服务职工（人）');
    expect(column(zh, '服务职工（人）')).toEqual([2800]);
    expect(column(zh, '服务职工为下限（余）')).toEqual(['是']);
    expect(column(zh, '慰问金（元）')).toEqual([50_000]);
    expect(column(zh, '慰问金依据')).toEqual(['示意']);
    expect(column(zh, '区')).toEqual(['房山区、怀柔区']);
    expect(column(zh, '物资')).toEqual(['饮用水 200 箱、清凉包']);
    expect(column(zh, '带队人员')).toEqual(['张良（党组书记）']);

    const en = activityExportTable([activity], ctx('en')).rows;
    expect(en[0]).toContain('Cash (CNY)');
    expect(column(en, 'Lead organization')).toEqual(['Beijing Federation of Trade Unions']);
    expect(column(en, 'Districts')).toEqual(['Fangshan, Huairou']);
    // The unit as typed (箱), named in English.
    expect(column(en, 'Goods')).toEqual(['Drinking water 200 boxes, Cooling packs']);
  });

  it('keeps the source of every row: provenance kind, document and quote, and who changed it', () => {
    const rows = activityExportTable([activity], ctx('zh-CN')).rows;
    expect(column(rows, '记录来源')).toEqual(['报道']);
    expect(column(rows, '出处')).toEqual(['union-report']);
    expect(column(rows, '原文 / 说明')).toEqual(['服务职工2800余人']);
    expect(column(rows, '最后修改人')).toEqual(['王小明']);
    const illustrative = activityExportTable(
      [makeActivity({ provenance: { kind: 'illustrative', note: 'demo amount' } })],
      ctx('zh-CN'),
    ).rows;
    expect(column(illustrative, '记录来源')).toEqual(['示意']);
    expect(column(illustrative, '原文 / 说明')).toEqual(['demo amount']);
  });

  it('shows unknown organization ids as they are and empty cells for missing figures', () => {
    const rows = activityExportTable([activity], ctx('zh-CN')).rows;
    expect(column(rows, '合作单位')).toEqual(['org-gone']);
    const bare = activityExportTable([makeActivity()], ctx('zh-CN')).rows;
    expect(column(bare, '服务职工（人）')).toEqual([null]);
    expect(column(bare, '慰问金（元）')).toEqual([null]);
  });

  it('writes fund amounts as numbers and says when the report gives none', () => {
    const rows = fundExportTable(
      [
        makeFund({ amount: null, sourceOrganizationId: 'org-bjftu' }),
        makeFund({ amount: { yuan: 1_200_000, basis: 'entered' } }),
      ],
      ctx('zh-CN'),
    ).rows;
    expect(column(rows, '金额（元）')).toEqual([null, 1_200_000]);
    expect(column(rows, '金额依据')).toEqual(['未披露', '录入']);
    expect(column(rows, '资金来源单位')).toEqual(['北京市总工会', 'org-test']);
    expect(column(rows, '接收区')).toEqual(['房山区', '房山区']);
  });

  it('leaves no exported text cell able to start a formula, in CSV or XLSX', () => {
    const text = fc.string({ unit: 'binary', minLength: 1, maxLength: 40 });
    fc.assert(
      fc.property(text, text, text, (title, note, leader) => {
        const table = activityExportTable(
          [
            makeActivity({
              title: { zh: title, en: '' },
              notes: note,
              leaders: [{ name: leader, role: '' }],
              provenance: { kind: 'entered', note },
            }),
          ],
          ctx('zh-CN'),
        );
        const bad: unknown[] = [];
        for (const row of toSheetData(table.rows)) {
          for (const cell of row) {
            const value = cell && typeof cell === 'object' && 'value' in cell ? cell.value : cell;
            if (typeof value === 'string' && FORMULA_START.test(value)) bad.push(value);
          }
        }
        // CSV, read back by an RFC 4180 parser: numbers aside, no field starts a formula.
        const csv = toCsv(table.rows, { bom: false });
        const parsed = Papa.parse<string[]>(csv, { newline: '\r\n' }).data;
        for (const field of parsed.flat()) {
          if (!/^-?\d+(\.\d+)?$/.test(field) && FORMULA_START.test(field)) bad.push(field);
        }
        return bad.length === 0;
      }),
      { numRuns: 100 },
    );
  });
});

describe('XLSX writer', () => {
  it('types cells: numbers stay numbers, text is neutralised, the header is bold', () => {
    const data = toSheetData([
      ['名称', '金额'],
      ['=HYPERLINK("http://evil","x")', 50_000],
      ['-5', -5],
      [null, Number.NaN],
    ]);
    expect(data[0]?.[0]).toMatchObject({ value: '名称', type: String, fontWeight: 'bold' });
    expect(data[1]?.[0]).toEqual({ value: `'=HYPERLINK("http://evil","x")`, type: String });
    expect(data[1]?.[1]).toEqual({ value: 50_000, type: Number });
    expect(data[2]).toEqual([
      { value: "'-5", type: String },
      { value: -5, type: Number },
    ]);
    expect(data[3]).toEqual([null, null]);
  });

  it('writes a workbook that a reader opens with the same values', async () => {
    const blob = await xlsxBlob(
      [
        ['区', '金额（元）', '原文'],
        ['房山区', 50_000, '=1+1'],
      ],
      { sheet: 'Funds: [2023]', widths: [10, 12, 40] },
    );
    const buffer = await new Promise<ArrayBuffer>((resolve, reject) => {
      const reader = new FileReader();
      reader.onload = () => resolve(reader.result as ArrayBuffer);
      reader.onerror = () => reject(reader.error);
      reader.readAsArrayBuffer(blob);
    });
    const rows = await readSheet(Buffer.from(buffer));
    expect(rows).toEqual([
      ['区', '金额（元）', '原文'],
      ['房山区', 50_000, "'=1+1"],
    ]);
  });
});

describe('fetching every page for an export', () => {
  const server = (total: number) => {
    const calls: ListParams[] = [];
    const fetchPage = async (params: ListParams) => {
      calls.push(params);
      const offset = params.offset ?? 0;
      const limit = params.limit ?? 50;
      const items = Array.from(
        { length: Math.max(0, Math.min(limit, total - offset)) },
        (_, i) => offset + i,
      );
      return { items, total };
    };
    return { calls, fetchPage };
  };

  it('fetches pages of the API maximum until it has every row, reporting progress', async () => {
    const { calls, fetchPage } = server(2500);
    const progress: [number, number][] = [];
    const rows = await fetchAllPages(
      fetchPage,
      { districts: ['110111'], q: '房山', sort: '-date' },
      { onProgress: (done, total) => progress.push([done, total]) },
    );
    expect(rows).toHaveLength(2500);
    expect(rows[2499]).toBe(2499);
    expect(calls.map((c) => [c.offset, c.limit])).toEqual([
      [0, EXPORT_PAGE_SIZE],
      [1000, EXPORT_PAGE_SIZE],
      [2000, EXPORT_PAGE_SIZE],
    ]);
    expect(calls.every((c) => c.q === '房山' && c.sort === '-date')).toBe(true);
    expect(progress).toEqual([
      [1000, 2500],
      [2000, 2500],
      [2500, 2500],
    ]);
  });

  it('stops when cancelled and when rows vanish meanwhile', async () => {
    const controller = new AbortController();
    const { fetchPage } = server(5000);
    await expect(
      fetchAllPages(
        fetchPage,
        {},
        { signal: controller.signal, onProgress: () => controller.abort() },
      ),
    ).rejects.toThrow();
    const shrinking = async (params: ListParams) => ({
      items: (params.offset ?? 0) === 0 ? [1, 2] : [],
      total: 10,
    });
    expect(await fetchAllPages(shrinking, {})).toEqual([1, 2]);
  });
});
