import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import type { Activity } from '@/api/contract';
import { seedDataset, type SeedDataset } from '@mocks/data';
import { Store } from '@mocks/db';
import { indexedDbPersistence } from '@mocks/indexeddb';

let counter = 0;
const freshName = () => `import-batch-${Date.now()}-${(counter += 1)}`;
const seed = () => structuredClone(seedDataset) as SeedDataset;

async function open(name: string) {
  const store = new Store(seed, indexedDbPersistence({ name }));
  await store.open();
  return store;
}

const item = (i: number) => ({
  date: '2023-08-07',
  type: 'condolence_visit',
  title: { zh: `导入的活动 ${i}` },
  organizationId: seedDataset.organizations[0]!.id,
  provenance: { kind: 'entered', note: '导入自 a.csv' },
});

const utf8 = (text: string) => new TextEncoder().encode(text).buffer;

/** Adds a batch the way the batch handler does: records in memory, the body's bytes as one write. */
async function addBatch(store: Store, n: number, idempotencyKey: string | null = null) {
  const items = Array.from({ length: n }, (_, i) => item(i));
  const now = '2026-11-27T08:00:00.000Z';
  const records = items.map(
    (it, i) =>
      ({
        endDate: null,
        partnerOrganizationIds: [],
        leaders: [],
        districtCodes: [],
        siteIds: [],
        workersServed: null,
        otherCounts: [],
        goods: [],
        cash: null,
        notes: '',
        ...it,
        title: { zh: it.title.zh, en: '' },
        id: `act-batch-${i}`,
        createdAt: now,
        updatedAt: now,
        createdBy: 'staff',
        updatedBy: 'staff',
        version: 1,
      }) as Activity,
  );
  await store.addBatch(
    {
      key: records[0]!.id,
      collection: 'activities',
      body: utf8(JSON.stringify({ items })),
      ids: records.map((r) => r.id),
      createdAt: now,
      createdBy: 'staff',
      idempotencyKey,
    },
    records,
  );
  return records;
}

describe('imported batches in the browser database', () => {
  it('come back after a reload exactly as served, with their idempotency key', async () => {
    const name = freshName();
    const store = await open(name);
    const records = await addBatch(store, 3, 'batch:run-1:batch:0');
    const reopened = await open(name);
    expect(reopened.loadReport.quarantined).toBe(0);
    for (const r of records) expect(reopened.get('activities').get(r.id)).toEqual(r);
    expect(reopened.idFor('batch:run-1:batch:0')).toBe(JSON.stringify(records.map((r) => r.id)));
  });

  it('a batch stored as text by an earlier build still loads, Chinese included', async () => {
    const name = freshName();
    await open(name);
    const persistence = indexedDbPersistence({ name });
    await persistence.putBatch!({
      key: 'act-old-0',
      collection: 'activities',
      body: JSON.stringify({ items: [item(0), { ...item(1), title: { zh: '怀柔区 <b>旧</b>' } }] }),
      ids: ['act-old-0', 'act-old-1'],
      createdAt: '2026-11-20T08:00:00.000Z',
      createdBy: '王芳',
      idempotencyKey: null,
    });
    await persistence.close?.();
    const reopened = await open(name);
    expect(reopened.loadReport.quarantined).toBe(0);
    expect(reopened.get('activities').get('act-old-1')).toMatchObject({
      title: { zh: '怀柔区 <b>旧</b>', en: '' },
      createdBy: '王芳',
      version: 1,
    });
  });

  it('an edited record keeps its edit and a deleted one stays deleted', async () => {
    const name = freshName();
    const store = await open(name);
    const [first, second] = await addBatch(store, 3);
    await store.put('activities', { ...first!, notes: '改过', version: 2 });
    await store.remove('activities', second!.id);
    const reopened = await open(name);
    expect(reopened.get('activities').get(first!.id)).toMatchObject({ notes: '改过', version: 2 });
    expect(reopened.get('activities').has(second!.id)).toBe(false);
    expect(reopened.get('activities').has('act-batch-2')).toBe(true);
  });

  it('an item that no longer passes the contract is set aside, once', async () => {
    const name = freshName();
    const store = await open(name);
    const records = await addBatch(store, 2);
    // Written by a hypothetical older build: the stored body holds an item that fails.
    const persistence = indexedDbPersistence({ name });
    await persistence.putBatch!({
      key: 'bad',
      collection: 'activities',
      body: JSON.stringify({ items: [{ ...item(9), date: 'yesterday' }] }),
      ids: ['act-bad'],
      createdAt: '2026-11-27T08:00:00.000Z',
      createdBy: 'staff',
      idempotencyKey: null,
    });
    await persistence.close?.();
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    try {
      const reopened = await open(name);
      expect(reopened.get('activities').has('act-bad')).toBe(false);
      expect(reopened.get('activities').has(records[0]!.id)).toBe(true);
      expect(reopened.loadReport.quarantined).toBe(1);
      const again = await open(name);
      expect(again.loadReport.quarantined).toBe(1);
      // Said on the console when it is set aside, not again on the next opening.
      expect(warn).toHaveBeenCalledExactlyOnceWith(
        'Demo data: 1 stored record(s) failed the contract and were set aside',
      );
    } finally {
      warn.mockRestore();
    }
  });

  it('reset to the seed drops every batch', async () => {
    const name = freshName();
    const store = await open(name);
    const [first] = await addBatch(store, 2);
    await store.replace();
    const reopened = await open(name);
    expect(reopened.get('activities').has(first!.id)).toBe(false);
  });
});
