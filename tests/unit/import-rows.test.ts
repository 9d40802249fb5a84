import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { createActivityBatchFromJson } from '@/api/resources/activities';
import { createOrganization } from '@/api/resources/reference';
import {
  validateRows,
  type ImportOptions,
  type ReferenceData,
} from '@/features/import/lib/activity-rows';
import { recogniseHeaders } from '@/features/import/lib/fields';
import {
  newSendState,
  sendImport,
  type BatchSource,
  type SendApi,
} from '@/features/import/lib/send';
import { ImportSession } from '@/features/import/lib/session';
import { readTable } from '@/features/import/lib/table';
import { headerUnitMultiplier } from '@/lib/parse/amounts';
import { server, testStore } from '@mocks/node';

const fixture = (name: string) => {
  const b = readFileSync(resolve(process.cwd(), 'tests/fixtures/import', name));
  return b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer;
};

function reference(): ReferenceData {
  return {
    organizations: [...testStore.get('organizations').values()].map((o) => ({
      id: o.id,
      zh: o.name.zh,
      en: o.name.en,
    })),
    sites: [...testStore.get('sites').values()].map((s) => ({
      id: s.id,
      zh: s.name.zh,
      en: s.name.en,
      districtCode: s.districtCode,
    })),
  };
}

const options = (o: Partial<ImportOptions> = {}): ImportOptions => ({
  fileName: 'activities-gbk.csv',
  defaultYear: 2023,
  createMissingOrganizations: false,
  defaultOrganizationId: '',
  cashMultiplier: 1,
  ...o,
});

async function validateFixture(name: string, o: Partial<ImportOptions> = {}) {
  const table = await readTable(fixture(name));
  const mapping = recogniseHeaders(table.headers);
  const cashMultiplier = headerUnitMultiplier(table.headers[mapping.cash ?? -1] ?? '');
  return validateRows(
    table.rows,
    table.headerRowNumber + 1,
    mapping,
    options({ cashMultiplier, fileName: name, ...o }),
    reference(),
  );
}

const api: SendApi = {
  createOrganization: (input, idempotencyKey) => createOrganization(input, { idempotencyKey }),
  createBatch: (json, idempotencyKey) => createActivityBatchFromJson(json, { idempotencyKey }),
};

describe('checking rows', () => {
  it('turns the GBK sheet into activities and explains the rows it cannot take', async () => {
    const v = await validateFixture('activities-gbk.csv');
    expect(v.valid).toBe(3);
    expect(v.invalid).toBe(4);
    const [huairou, fangshan, changping, mentougou, badDate, badDistrict, badOrg] = v.rows;

    expect(huairou?.rowNumber).toBe(2);
    expect(huairou?.input).toMatchObject({
      date: '2023-08-09',
      districtCodes: ['110116'],
      workersServed: { value: 120, atLeast: false, basis: 'entered' },
      cash: { yuan: 60000, basis: 'entered' },
      type: 'condolence_visit',
      provenance: { kind: 'entered', note: '导入自 activities-gbk.csv' },
    });
    // 九渡河镇 is a known site in Huairou.
    expect(huairou?.input?.siteIds).toHaveLength(1);

    expect(fangshan?.input).toMatchObject({
      date: '2023-08-10',
      type: 'goods_delivery',
      workersServed: { value: 2800, atLeast: true },
      cash: { yuan: 50000 },
      siteIds: [],
    });
    // A place that is not a known site is kept in the notes.
    expect(fangshan?.input?.notes).toBe('地点：窦店镇\n含矿泉水 300 箱');

    expect(changping?.input).toMatchObject({ date: '2023-08-11', cash: { yuan: 30000 } });
    expect(changping?.input?.notes).toBe('<img src=x onerror=alert(1)>');

    expect(mentougou?.issues).toEqual([{ field: 'organization', code: 'unknown_organization' }]);
    expect(badDate?.issues).toEqual([{ field: 'date', code: 'date_invalid' }]);
    expect(badDistrict?.issues).toEqual([{ field: 'district', code: 'district_unknown' }]);
    expect(badOrg?.issues).toEqual([
      { field: 'organization', code: 'unknown_organization' },
      { field: 'cash', code: 'amount_negative' },
    ]);
  });

  it('creates missing organizations only when asked, and keeps formulas as text', async () => {
    const v = await validateFixture('activities-gbk.csv', { createMissingOrganizations: true });
    expect(v.valid).toBe(4);
    expect(v.newOrganizations).toEqual(['门头沟区妙峰山镇工会', '某某不存在的工会']);
    expect(v.rows[3]?.input?.title.zh).toBe('=HYPERLINK("http://example.com","点击查看")');
    expect(v.rows[3]?.input?.organizationId).toBe('new-organization:门头沟区妙峰山镇工会');
  });

  it('uses the default organization for rows without one, and the header unit for amounts', async () => {
    const v = await validateFixture('activities.xlsx');
    expect(v.valid).toBe(3);
    expect(v.rows.map((r) => r.input?.cash?.yuan)).toEqual([20000, 15000, 8000]);
    expect(v.rows.map((r) => r.input?.date)).toEqual(['2023-08-15', '2023-08-16', '2023-08-17']);
    expect(v.rows.map((r) => r.input?.type)).toEqual([
      'condolence_visit',
      'fund_delivery',
      'goods_delivery',
    ]);
    expect(v.rows[0]?.rowNumber).toBe(3);
  });

  it('skips blank rows and writes a title when the sheet has none', () => {
    const v = validateRows(
      [
        ['2023-08-07', '房山', ''],
        ['', '', ''],
      ],
      2,
      { date: 0, district: 1, organization: 2 },
      options({ defaultOrganizationId: 'org-bjftu' }),
      reference(),
    );
    expect(v.blank).toBe(1);
    expect(v.rows[0]?.input?.title.zh).toBe('走访慰问（房山区）');
    expect(v.rows[0]?.input?.organizationId).toBe('org-bjftu');
  });

  it('reports schema limits such as a 10,000-character title as row errors', () => {
    const v = validateRows(
      [['2023-08-07', '北京市总工会', 'x'.repeat(10_000)]],
      2,
      { date: 0, organization: 1, title: 2 },
      options(),
      reference(),
    );
    expect(v.rows[0]?.issues).toEqual([{ field: 'title', code: 'too_long' }]);
  });
});

describe('sending', () => {
  it('creates organizations, then batches; a failed batch is retried without duplicates', async () => {
    const session = new ImportSession();
    const table = await session.parse(fixture('activities-gbk.csv'), () => {});
    const v = session.validate(
      'activities',
      recogniseHeaders(table.headers),
      options({ createMissingOrganizations: true }),
      reference(),
      () => {},
    );
    const total = v.valid;
    const source: BatchSource = async (index, size, ids) => session.batch(index, size, ids);
    const before = testStore.get('activities').size;
    const orgsBefore = testStore.get('organizations').size;

    // The second batch fails once before it reaches the server.
    let calls = 0;
    server.use(
      http.post('*/api/v1/activities/batch', () => {
        calls += 1;
        return calls === 2 ? HttpResponse.error() : undefined;
      }),
    );
    const state = newSendState('test-import');
    await expect(
      sendImport(total, v.newOrganizations, 'activities-gbk.csv', state, api, source, () => {}, 2),
    ).rejects.toThrow();
    expect(state.batchesDone).toEqual([0]);
    expect(testStore.get('activities').size).toBe(before + 2);

    const progress: number[] = [];
    await sendImport(
      total,
      v.newOrganizations,
      'activities-gbk.csv',
      state,
      api,
      source,
      (p) => progress.push(p.rows.done),
      2,
    );
    expect(state.created).toBe(4);
    expect(testStore.get('activities').size).toBe(before + 4);
    expect(testStore.get('organizations').size).toBe(orgsBefore + 2);
    expect(progress.at(-1)).toBe(4);

    // Answers lost after the server stored everything: sending again with the same keys
    // creates nothing new.
    await sendImport(
      total,
      v.newOrganizations,
      'activities-gbk.csv',
      { ...newSendState('test-import'), organizationIds: {} },
      api,
      source,
      () => {},
      2,
    );
    expect(testStore.get('activities').size).toBe(before + 4);
    expect(testStore.get('organizations').size).toBe(orgsBefore + 2);
    const created = [...testStore.get('organizations').values()].find(
      (o) => o.name.zh === '门头沟区妙峰山镇工会',
    );
    expect(created).toMatchObject({
      kind: 'enterprise_union',
      districtCode: '110109',
      provenance: { kind: 'entered', note: '导入自 activities-gbk.csv' },
    });
  });

  it('keeps two batches in flight, stops taking new ones after a failure, and the retry sends only the rest', async () => {
    const created = new Map<number, number>();
    let inFlight = 0;
    let mostInFlight = 0;
    let failNext = 3;
    const slowApi: SendApi = {
      createOrganization: async () => ({ id: 'unused' }),
      async createBatch(json, key) {
        const index = Number(key.split(':').at(-1));
        inFlight += 1;
        mostInFlight = Math.max(mostInFlight, inFlight);
        await new Promise((r) => setTimeout(r, index % 2 === 0 ? 5 : 1));
        inFlight -= 1;
        if (index === failNext) {
          failNext = -1;
          throw new Error('connection reset');
        }
        const count = (JSON.parse(String(json)) as { items: unknown[] }).items.length;
        created.set(index, (created.get(index) ?? 0) + 1);
        return { created: count, ids: [] };
      },
    };
    const total = 23; // 8 batches of 3, the last one of 2
    const source: BatchSource = async (index, size) => ({
      json: JSON.stringify({ items: Array.from({ length: Math.min(size, total - index * size) }) }),
      count: 0,
    });
    const state = newSendState('lanes');
    const progressBefore: number[] = [];
    await expect(
      sendImport(
        total,
        [],
        'f.csv',
        state,
        slowApi,
        source,
        (p) => progressBefore.push(p.rows.done),
        3,
      ),
    ).rejects.toThrow('connection reset');
    expect(mostInFlight).toBe(2);
    expect(state.batchesDone).not.toContain(3);
    // Whatever was already in flight finished; nothing after the failure was started.
    expect(state.batchesDone.length).toBeLessThanOrEqual(5);
    expect(progressBefore.at(-1)).toBe(state.batchesDone.length * 3);

    const progress: number[] = [];
    await sendImport(
      total,
      [],
      'f.csv',
      state,
      slowApi,
      source,
      (p) => progress.push(p.rows.done),
      3,
    );
    expect([...created.keys()].sort((a, b) => a - b)).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    expect([...created.values()].every((times) => times === 1)).toBe(true);
    expect(state.created).toBe(23);
    expect(progress.at(-1)).toBe(23);
  });

  it('the batch endpoint creates nothing when one item is invalid, and names it', async () => {
    const before = testStore.get('activities').size;
    const good = {
      date: '2023-08-07',
      type: 'condolence_visit' as const,
      title: { zh: '好的一行', en: '' },
      organizationId: 'org-bjftu',
      provenance: { kind: 'entered' as const, note: '' },
    };
    const response = await fetch('http://localhost/api/v1/activities/batch', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ items: [good, { ...good, organizationId: 'nope' }] }),
    });
    expect(response.status).toBe(422);
    const body = (await response.json()) as { error: { issues: unknown[] } };
    expect(body.error.issues).toEqual([
      { index: 1, path: ['organizationId'], message: 'unknown_organization' },
    ]);
    expect(testStore.get('activities').size).toBe(before);

    const key = { 'Content-Type': 'application/json', 'Idempotency-Key': 'same' };
    const first = await fetch('http://localhost/api/v1/activities/batch', {
      method: 'POST',
      headers: key,
      body: JSON.stringify({ items: [good] }),
    });
    const again = await fetch('http://localhost/api/v1/activities/batch', {
      method: 'POST',
      headers: key,
      body: JSON.stringify({ items: [good] }),
    });
    expect(first.status).toBe(201);
    expect(again.status).toBe(200);
    expect(await again.json()).toEqual(await first.json());
    expect(testStore.get('activities').size).toBe(before + 1);
  });
});
