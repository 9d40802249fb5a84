import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ImportOptions, ReferenceData } from '@/features/import/lib/activity-rows';
import {
  guessRecordKind,
  recogniseFundStatus,
  recogniseHeaders,
} from '@/features/import/lib/fields';
import { validateFundRows } from '@/features/import/lib/fund-rows';
import { readTable } from '@/features/import/lib/table';
import { testStore } from '@mocks/node';

const fixture = (name: string) => {
  const b = readFileSync(resolve(process.cwd(), 'tests/fixtures/import', name));
  return b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer;
};

const reference = (): ReferenceData => ({
  organizations: [...testStore.get('organizations').values()].map((o) => ({
    id: o.id,
    zh: o.name.zh,
    en: o.name.en,
  })),
  sites: [],
});

const options = (o: Partial<ImportOptions> = {}): ImportOptions => ({
  fileName: 'funds.csv',
  defaultYear: 2023,
  createMissingOrganizations: false,
  defaultOrganizationId: '',
  cashMultiplier: 1,
  ...o,
});

const orgId = (zh: string) =>
  [...testStore.get('organizations').values()].find((o) => o.name.zh === zh)?.id;

describe('fund allocation sheets', () => {
  it('recognises the Chinese headers of a fund sheet and tells it from an activity sheet', () => {
    const headers = ['拨付单位', '受援区', '拨付金额', '拨付日期', '用途', '状态'];
    expect(guessRecordKind(headers)).toBe('funds');
    expect(recogniseHeaders(headers, 'funds')).toEqual({
      source: 0,
      district: 1,
      amount: 2,
      date: 3,
      purpose: 4,
      status: 5,
    });
    expect(
      recogniseHeaders(
        ['资金来源', '接收区', '金额（万元）', '日期', '资金用途', '接收单位'],
        'funds',
      ),
    ).toEqual({ source: 0, district: 1, amount: 2, date: 3, purpose: 4, recipientOrganization: 5 });
    expect(recogniseHeaders(['来源', '区', '金额'], 'funds')).toEqual({
      source: 0,
      district: 1,
      amount: 2,
    });
    expect(guessRecordKind(['日期', '区', '乡镇/街道', '单位', '人数', '金额'])).toBe('activities');
  });

  it('reads statuses as staff write them, and nothing else', () => {
    expect(recogniseFundStatus('已拨付')).toBe('disbursed');
    expect(recogniseFundStatus('已到账')).toBe('disbursed');
    expect(recogniseFundStatus('已下达')).toBe('allocated');
    expect(recogniseFundStatus('allocated')).toBe('allocated');
    expect(recogniseFundStatus('计划')).toBe('planned');
    expect(recogniseFundStatus('拟拨付')).toBe('planned');
    expect(recogniseFundStatus('也许')).toBeNull();
  });

  it('turns the fund sheet into allocations through the contract, with one reason per bad row', async () => {
    const table = await readTable(fixture('funds.csv'));
    const v = validateFundRows(
      table.rows,
      table.headerRowNumber + 1,
      recogniseHeaders(table.headers, 'funds'),
      options(),
      reference(),
    );
    expect([v.valid, v.invalid]).toEqual([3, 5]);
    const inputs = v.rows.flatMap((r) => (r.input ? [r.input] : []));
    expect(inputs).toEqual([
      {
        date: '2023-08-05',
        sourceOrganizationId: orgId('北京市总工会'),
        recipientDistrictCode: '110111',
        recipientOrganizationId: null,
        amount: { yuan: 50_000, basis: 'entered' },
        purpose: { zh: '房山区防汛救灾慰问金', en: '' },
        status: 'disbursed',
        provenance: { kind: 'entered', note: '导入自 funds.csv' },
      },
      expect.objectContaining({
        date: '2023-08-06',
        sourceOrganizationId: orgId('北京市温暖基金会'),
        recipientDistrictCode: '110109',
        amount: { yuan: 50_000, basis: 'entered' },
        status: 'allocated',
      }),
      expect.objectContaining({
        date: '2023-08-07',
        recipientDistrictCode: '110114',
        amount: { yuan: 30_000, basis: 'entered' },
        status: 'planned',
      }),
    ]);
    expect(v.rows.filter((r) => !r.input).map((r) => [r.rowNumber, r.issues])).toEqual([
      [5, [{ field: 'source', code: 'unknown_organization' }]],
      [6, [{ field: 'district', code: 'district_unknown' }]],
      [7, [{ field: 'amount', code: 'amount_format' }]],
      // The contract requires a purpose: its message, not a second rule, explains the row.
      [8, [{ field: 'purpose', code: 'required' }]],
      [9, [{ field: 'status', code: 'status_unknown' }]],
    ]);
  });

  it('creates unknown sources when asked and uses the header unit for amounts', () => {
    const v = validateFundRows(
      [['某某基金会', '房山', '2', '2023-08-08', '专项资金']],
      2,
      { source: 0, district: 1, amount: 2, date: 3, purpose: 4 },
      options({ createMissingOrganizations: true, cashMultiplier: 10_000 }),
      reference(),
    );
    expect(v.newOrganizations).toEqual(['某某基金会']);
    expect(v.rows[0]?.input).toMatchObject({
      sourceOrganizationId: 'new-organization:某某基金会',
      amount: { yuan: 20_000 },
      status: 'allocated',
    });
  });

  it('the funds batch endpoint creates all or none, once per Idempotency-Key', async () => {
    const before = testStore.get('funds').size;
    const good = {
      date: '2023-08-07',
      sourceOrganizationId: orgId('北京市总工会'),
      recipientDistrictCode: '110111',
      amount: { yuan: 1000, basis: 'entered' },
      purpose: { zh: '测试拨付', en: '' },
      provenance: { kind: 'entered', note: '' },
    };
    const post = (items: unknown[], key?: string) =>
      fetch('http://localhost/api/v1/funds/batch', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', ...(key ? { 'Idempotency-Key': key } : {}) },
        body: JSON.stringify({ items }),
      });
    const refused = await post([good, { ...good, recipientDistrictCode: '310000' }]);
    expect(refused.status).toBe(422);
    expect(((await refused.json()) as { error: { issues: unknown[] } }).error.issues).toEqual([
      { index: 1, path: ['recipientDistrictCode'], message: 'district_code' },
    ]);
    expect(testStore.get('funds').size).toBe(before);

    const first = await post([good, good], 'fund-key');
    const again = await post([good, good], 'fund-key');
    expect([first.status, again.status]).toEqual([201, 200]);
    expect(await again.json()).toEqual(await first.json());
    expect(testStore.get('funds').size).toBe(before + 2);
  });
});
