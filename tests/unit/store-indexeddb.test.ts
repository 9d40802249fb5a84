import 'fake-indexeddb/auto';
import { openDB } from 'idb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Activity } from '@/api/contract';
import { seedDataset, type SeedDataset } from '@mocks/data';
import { Store } from '@mocks/db';
import { DEMO_DB_VERSION, indexedDbPersistence, type QuarantinedRecord } from '@mocks/indexeddb';

let counter = 0;
/** A fresh database per test, so tests do not see each other's records. */
const freshName = () => `relief-test-${Date.now()}-${(counter += 1)}`;
const seed = () => structuredClone(seedDataset) as SeedDataset;
const opened: Store[] = [];

async function openStore(name: string, options: { blockedTimeoutMs?: number } = {}) {
  const persistence = indexedDbPersistence({ name, ...options });
  const store = new Store(seed, persistence);
  await store.open();
  opened.push(store);
  return { store, persistence };
}

afterEach(() => {
  vi.restoreAllMocks();
});

/** Writes a database exactly as the v1 build did (its upgrade and its replaceAll). */
async function createV1Database(name: string, dataset: SeedDataset) {
  const db = await openDB(name, 1, {
    upgrade(database) {
      database.createObjectStore('districts', { keyPath: 'code' });
      for (const store of ['organizations', 'sites', 'activities', 'funds'])
        database.createObjectStore(store, { keyPath: 'id' });
      database.createObjectStore('idempotency', { keyPath: 'key' });
      database.createObjectStore('meta', { keyPath: 'key' });
    },
  });
  const tx = db.transaction(
    ['districts', 'organizations', 'sites', 'activities', 'funds', 'idempotency', 'meta'],
    'readwrite',
  );
  for (const r of dataset.districts) void tx.objectStore('districts').put(r);
  for (const r of dataset.organizations) void tx.objectStore('organizations').put(r);
  for (const r of dataset.sites) void tx.objectStore('sites').put(r);
  for (const r of dataset.activities) void tx.objectStore('activities').put(r);
  for (const r of dataset.funds) void tx.objectStore('funds').put(r);
  void tx.objectStore('idempotency').put({ key: 'key-from-v1', id: 'act-v1-entered' });
  void tx.objectStore('meta').put({ key: 'seeded', value: '2023-08-10T08:00:00.000Z' });
  await tx.done;
  db.close();
}

/** An activity staff entered under an older build, before endDate / otherCounts / notes existed. */
function olderActivity(): Record<string, unknown> {
  const base = seedDataset.activities[0]!;
  const { endDate, otherCounts, notes, partnerOrganizationIds, ...rest } = structuredClone(base);
  void endDate;
  void otherCounts;
  void notes;
  void partnerOrganizationIds;
  return {
    ...rest,
    id: 'act-v1-entered',
    date: '2023-08-05',
    provenance: { kind: 'entered', note: '' },
  };
}

async function rawPut(name: string, store: 'activities' | 'sites', value: unknown) {
  const db = await openDB(name);
  await db.put(store as never, value as never);
  db.close();
}

async function rawGetAll(name: string, store: string): Promise<unknown[]> {
  const db = await openDB(name);
  const all = await db.getAll(store as never);
  db.close();
  return all;
}

describe('demo store in IndexedDB', () => {
  it('migrates a v1 database to the current version and keeps every record', async () => {
    const name = freshName();
    const v1 = seed();
    v1.activities.push(olderActivity() as unknown as Activity);
    await createV1Database(name, v1);

    const warn = vi.spyOn(console, 'warn');
    const { store, persistence } = await openStore(name);

    expect(store.loadReport).toEqual({
      storage: 'indexeddb',
      schemaVersion: DEMO_DB_VERSION,
      quarantined: 0,
      problem: null,
    });
    expect(store.get('activities').size).toBe(v1.activities.length);
    expect(store.get('sites').size).toBe(v1.sites.length);
    expect(store.get('funds').size).toBe(v1.funds.length);
    // The older record got the fields it lacked instead of being set aside.
    const migrated = store.get('activities').get('act-v1-entered');
    expect(migrated).toMatchObject({
      endDate: null,
      otherCounts: [],
      notes: '',
      partnerOrganizationIds: [],
      date: '2023-08-05',
    });
    // Idempotency keys survive too: a retried create from before the upgrade is not duplicated.
    expect(store.idFor('key-from-v1')).toBe('act-v1-entered');
    expect(warn).not.toHaveBeenCalled();
    await persistence.close?.();

    const db = await openDB(name);
    expect(db.version).toBe(DEMO_DB_VERSION);
    expect(await db.get('meta' as never, 'schemaVersion' as never)).toEqual({
      key: 'schemaVersion',
      value: DEMO_DB_VERSION,
    });
    // v2's index answers date ranges.
    const firstWeek = await db.getAllFromIndex(
      'activities' as never,
      'byDate' as never,
      IDBKeyRange.bound('2023-08-05', '2023-08-05'),
    );
    expect(firstWeek.map((a) => (a as Activity).id)).toContain('act-v1-entered');
    db.close();
  });

  it('sets a record that fails the contract aside, reports it, and serves the rest', async () => {
    const name = freshName();
    const first = await openStore(name);
    const total = first.store.get('activities').size;
    await first.persistence.close?.();

    const victim = seedDataset.activities[1]!;
    await rawPut(name, 'activities', {
      ...structuredClone(victim),
      workersServed: { value: 'many', basis: 'reported', atLeast: false },
    });
    await rawPut(name, 'sites', { id: 'site-garbage', name: 42 });
    vi.spyOn(console, 'warn').mockImplementation(() => {});

    const { store, persistence } = await openStore(name);
    expect(store.loadReport.quarantined).toBe(2);
    expect(store.loadReport.storage).toBe('indexeddb');
    expect(store.get('activities').size).toBe(total - 1);
    expect(store.get('activities').has(victim.id)).toBe(false);
    expect(store.get('sites').has('site-garbage')).toBe(false);
    await persistence.close?.();

    const quarantine = (await rawGetAll(name, 'quarantine')) as QuarantinedRecord[];
    expect(quarantine).toHaveLength(2);
    const activity = quarantine.find((q) => q.collection === 'activities');
    expect(activity?.key).toBe(victim.id);
    expect(activity?.reason).toMatch(/^workersServed\.value/);
    // Kept exactly as stored, for whoever repairs it.
    expect((activity?.record as { workersServed: { value: unknown } }).workersServed.value).toBe(
      'many',
    );
  });

  it('keeps the quarantine across a reopen, without serving the bad record again', async () => {
    const name = freshName();
    const first = await openStore(name);
    await first.persistence.close?.();
    await rawPut(name, 'activities', { id: 'act-garbage', title: 'not an activity at all' });
    vi.spyOn(console, 'warn').mockImplementation(() => {});

    const second = await openStore(name);
    expect(second.store.loadReport.quarantined).toBe(1);
    // A write after the quarantine lands normally.
    const entered = { ...structuredClone(seedDataset.activities[0]!), id: 'act-after' };
    await second.store.put('activities', entered);
    await second.persistence.close?.();

    const third = await openStore(name);
    expect(third.store.loadReport.quarantined).toBe(1);
    expect(third.store.get('activities').has('act-after')).toBe(true);
    expect(third.store.get('activities').has('act-garbage')).toBe(false);
    await third.persistence.close?.();
    const quarantine = (await rawGetAll(name, 'quarantine')) as QuarantinedRecord[];
    expect(quarantine).toHaveLength(1);
    expect(quarantine[0]).toMatchObject({
      collection: 'activities',
      key: 'act-garbage',
      record: { id: 'act-garbage', title: 'not an activity at all' },
    });
  });

  it('falls back to the seed in memory, with the reason, when the database is newer than this build', async () => {
    const name = freshName();
    const newer = await openDB(name, DEMO_DB_VERSION + 5, {
      upgrade: (db) => void db.createObjectStore('meta', { keyPath: 'key' }),
    });
    newer.close();
    vi.spyOn(console, 'warn').mockImplementation(() => {});

    const { store } = await openStore(name);
    expect(store.loadReport.storage).toBe('memory');
    expect(store.loadReport.problem).toMatch(/VersionError/);
    expect(store.get('activities').size).toBe(seedDataset.activities.length);
    // Still usable: a write is kept for this visit and does not throw.
    const entered = { ...structuredClone(seedDataset.activities[0]!), id: 'act-in-memory' };
    await store.put('activities', entered);
    expect(store.get('activities').has('act-in-memory')).toBe(true);
  });

  it('falls back to memory instead of hanging when another tab keeps an older version open', async () => {
    const name = freshName();
    await createV1Database(name, seed());
    // An old tab that never lets go (it has no versionchange handler).
    const oldTab = await openDB(name, 1);
    vi.spyOn(console, 'warn').mockImplementation(() => {});

    const { store } = await openStore(name, { blockedTimeoutMs: 50 });
    expect(store.loadReport.storage).toBe('memory');
    expect(store.loadReport.problem).toMatch(/another tab/);
    expect(store.get('activities').size).toBe(seedDataset.activities.length);
    oldTab.close();
  });
});
