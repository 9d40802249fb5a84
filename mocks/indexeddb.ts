/**
 * Browser persistence for the demo store: one IndexedDB object store per collection.
 *
 * The database is versioned. Each version step is one function in `migrations`; opening an older
 * database runs every step from its version up to DEMO_DB_VERSION in one upgrade transaction, so
 * what staff recorded under an older build is kept. The `meta` record `schemaVersion` says which
 * shape the records have.
 *
 * On load every record is checked against the API contract. A record that fails is neither served
 * (it would break every view that reads it) nor deleted: it is moved to the `quarantine` store with
 * the reason, and the count is reported (Store.loadReport → GET /demo/status → a notice).
 */
import {
  openDB,
  type DBSchema,
  type IDBPDatabase,
  type IDBPTransaction,
  type StoreNames,
} from 'idb';
import type { z } from 'zod';
import {
  activityInputSchema,
  activitySchema,
  districtSchema,
  fundAllocationInputSchema,
  fundAllocationSchema,
  organizationSchema,
  siteSchema,
} from '@/api/contract';
import type { CollectionName, Persistence, StoredBatch } from './db';
import type { SeedDataset } from './data';

export const DEMO_DB_NAME = 'union-relief-demo';
/** Bump when the stored shape changes, and add the step to `migrations`. */
export const DEMO_DB_VERSION = 3;

const COLLECTIONS: CollectionName[] = [
  'districts',
  'organizations',
  'sites',
  'activities',
  'funds',
];

const recordSchemas: Record<CollectionName, z.ZodType> = {
  districts: districtSchema,
  organizations: organizationSchema,
  sites: siteSchema,
  activities: activitySchema,
  funds: fundAllocationSchema,
};

/** How a batch's items become records again on load (the same schemas the handler used). */
const batchInputSchemas: Record<StoredBatch['collection'], z.ZodType> = {
  activities: activityInputSchema,
  funds: fundAllocationInputSchema,
};

/** A record set aside because it failed the contract when it was loaded. */
export interface QuarantinedRecord {
  qid?: number;
  collection: CollectionName | 'idempotency';
  /** Its key in the store it came from. */
  key: string;
  /** The record exactly as it was stored. */
  record: unknown;
  /** Why it was set aside, e.g. "workersServed.value: expected number". */
  reason: string;
  quarantinedAt: string;
}

interface ReliefDb extends DBSchema {
  districts: { key: string; value: SeedDataset['districts'][number] };
  organizations: { key: string; value: SeedDataset['organizations'][number] };
  sites: { key: string; value: SeedDataset['sites'][number] };
  activities: {
    key: string;
    value: SeedDataset['activities'][number];
    indexes: { byDate: string };
  };
  funds: { key: string; value: SeedDataset['funds'][number]; indexes: { byDate: string } };
  idempotency: { key: string; value: { key: string; id: string } };
  meta: { key: string; value: { key: string; value: unknown } };
  quarantine: { key: number; value: QuarantinedRecord };
  /** Records created by batch requests, one entry per batch (see StoredBatch). */
  batches: { key: string; value: StoredBatch };
  /** `<collection>:<id>` of deleted records, so a record from a batch stays deleted. */
  removed: { key: string; value: { key: string } };
}

type Db = IDBPDatabase<ReliefDb>;
type UpgradeTx = IDBPTransaction<ReliefDb, StoreNames<ReliefDb>[], 'versionchange'>;
/** One version step: turns a database of version n into version n + 1, in place. */
type Migration = (db: Db, tx: UpgradeTx) => Promise<void>;

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** Fields an older build may not have written, with the value that means "not given". */
const activityDefaultsV2 = () => ({
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
});
const fundDefaultsV2 = () => ({
  recipientDistrictCode: null,
  recipientOrganizationId: null,
  amount: null,
  status: 'allocated',
});

/** Fills the fields a record lacks; returns null when nothing is missing (no write needed). */
function withDefaults(value: unknown, defaults: Record<string, unknown>): unknown {
  if (!isRecord(value)) return null;
  if (Object.keys(defaults).every((k) => k in value)) return null;
  return { ...defaults, ...value };
}

async function fillDefaults(
  tx: UpgradeTx,
  name: 'activities' | 'funds',
  defaults: () => Record<string, unknown>,
) {
  let cursor = await tx.objectStore(name).openCursor();
  while (cursor) {
    const next = withDefaults(cursor.value, defaults());
    if (next !== null) await cursor.update(next as never);
    cursor = await cursor.continue();
  }
}

/** migrations[n - 1] upgrades version n - 1 to n. Never change a released step: add one. */
export const migrations: readonly Migration[] = [
  // v1: one store per collection, the idempotency keys of creates, and meta (seeded).
  async (db) => {
    db.createObjectStore('districts', { keyPath: 'code' });
    for (const name of ['organizations', 'sites', 'activities', 'funds'] as const)
      db.createObjectStore(name, { keyPath: 'id' });
    db.createObjectStore('idempotency', { keyPath: 'key' });
    db.createObjectStore('meta', { keyPath: 'key' });
  },
  // v2: records by date; a quarantine for records that fail the contract; records written by
  // older builds get the optional fields they lack, so they load instead of being set aside.
  async (db, tx) => {
    tx.objectStore('activities').createIndex('byDate', 'date');
    tx.objectStore('funds').createIndex('byDate', 'date');
    db.createObjectStore('quarantine', { keyPath: 'qid', autoIncrement: true });
    await fillDefaults(tx, 'activities', activityDefaultsV2);
    await fillDefaults(tx, 'funds', fundDefaultsV2);
  },
  // v3: batches of imported records stored as one entry each, and tombstones for deletions.
  async (db) => {
    db.createObjectStore('batches', { keyPath: 'key' });
    db.createObjectStore('removed', { keyPath: 'key' });
  },
];

async function migrate(db: Db, tx: UpgradeTx, from: number, to: number) {
  for (let version = from + 1; version <= to; version += 1) {
    const step = migrations[version - 1];
    if (!step) throw new Error(`No migration to version ${version}`);
    await step(db, tx);
  }
  await tx.objectStore('meta').put({ key: 'schemaVersion', value: to });
}

/** Why the database could not be used; the store then keeps the seed in memory. */
export class DemoDbUnavailableError extends Error {
  override name = 'DemoDbUnavailableError';
}

export interface IndexedDbOptions {
  name?: string;
  version?: number;
  /** How long to wait for another tab to let go of an older version. */
  blockedTimeoutMs?: number;
  /** How long opening may take at all. */
  openTimeoutMs?: number;
}

/**
 * Opens the database, migrating it. Rejects (rather than waiting for ever) when another tab keeps
 * an older version open, when the database is newer than this build, or when storage is refused.
 */
function openDemoDb(o: Required<IndexedDbOptions>) {
  return new Promise<Db>((resolve, reject) => {
    let settled = false;
    const fail = (error: unknown) => {
      if (settled) return;
      settled = true;
      clearTimeout(openTimer);
      reject(error instanceof Error ? error : new DemoDbUnavailableError(String(error)));
    };
    const openTimer = setTimeout(
      () => fail(new DemoDbUnavailableError(`opening took longer than ${o.openTimeoutMs} ms`)),
      o.openTimeoutMs,
    );
    let opening: Promise<Db>;
    try {
      if (typeof indexedDB === 'undefined') throw new DemoDbUnavailableError('no IndexedDB');
      opening = openDB<ReliefDb>(o.name, o.version, {
        upgrade(db, oldVersion, newVersion, tx) {
          migrate(db, tx, oldVersion, newVersion ?? o.version).catch((e: unknown) => {
            console.warn('Demo database migration failed', e);
            tx.abort();
          });
        },
        blocked() {
          setTimeout(
            () =>
              fail(
                new DemoDbUnavailableError('another tab keeps an older version of the data open'),
              ),
            o.blockedTimeoutMs,
          );
        },
        blocking(_current, _blocked, event) {
          // A newer build wants to upgrade: let it (this tab's later writes then fail visibly).
          (event.target as IDBDatabase).close();
        },
      });
    } catch (e) {
      fail(e);
      return;
    }
    opening.then(
      (db) => {
        if (settled) db.close();
        else {
          settled = true;
          clearTimeout(openTimer);
          resolve(db);
        }
      },
      (e: unknown) => fail(e),
    );
  });
}

const describeIssue = (error: z.ZodError) => {
  const issue = error.issues[0];
  if (!issue) return 'invalid';
  const path = issue.path.map(String).join('.');
  return `${path || '(record)'}: ${issue.message}`;
};

export function indexedDbPersistence(options: IndexedDbOptions = {}): Persistence {
  const o = {
    name: options.name ?? DEMO_DB_NAME,
    version: options.version ?? DEMO_DB_VERSION,
    blockedTimeoutMs: options.blockedTimeoutMs ?? 3000,
    openTimeoutMs: options.openTimeoutMs ?? 15_000,
  };
  let dbPromise: Promise<Db> | null = null;
  const db = () => {
    dbPromise ??= openDemoDb(o).then((d) => {
      // Closed by another tab's upgrade or by the browser: open again on the next write.
      d.addEventListener('close', () => (dbPromise = null));
      return d;
    });
    // A failed open is not cached: the next call tries again.
    dbPromise.catch(() => (dbPromise = null));
    return dbPromise;
  };

  return {
    schemaVersion: o.version,
    async load() {
      const d = await db();
      const tx = d.transaction(
        [...COLLECTIONS, 'idempotency', 'meta', 'quarantine', 'batches', 'removed'],
        'readwrite',
      );
      const seeded = await tx.objectStore('meta').get('seeded');
      if (!seeded) {
        await tx.done;
        return null;
      }
      const now = new Date().toISOString();
      const quarantine = tx.objectStore('quarantine');
      let newlyQuarantined = 0;
      const setAside = (
        collection: QuarantinedRecord['collection'],
        key: string,
        record: unknown,
        reason: string,
      ) => {
        newlyQuarantined += 1;
        void quarantine.add({ collection, key, record, reason, quarantinedAt: now });
        void tx.objectStore(collection).delete(key);
        // A record from a batch lives on in its batch: a tombstone keeps it out from now on.
        if (collection === 'activities' || collection === 'funds')
          void tx.objectStore('removed').put({ key: `${collection}:${key}` });
      };

      // Records of stored batches first; a record stored on its own (edited later) wins.
      const removed = new Set(await tx.objectStore('removed').getAllKeys());
      const fromBatches: Record<StoredBatch['collection'], Map<string, unknown>> = {
        activities: new Map(),
        funds: new Map(),
      };
      for (const batch of await tx.objectStore('batches').getAll()) {
        let items: unknown[] = [];
        try {
          const body: unknown = JSON.parse(
            typeof batch.body === 'string' ? batch.body : new TextDecoder().decode(batch.body),
          );
          if (isRecord(body) && Array.isArray(body.items)) items = body.items;
        } catch {
          // Unreadable: its records are missing below and each is set aside.
        }
        batch.ids.forEach((id, i) => {
          if (removed.has(`${batch.collection}:${id}`)) return;
          const input = batchInputSchemas[batch.collection].safeParse(items[i]);
          fromBatches[batch.collection].set(
            id,
            input.success
              ? {
                  ...(input.data as object),
                  id,
                  createdAt: batch.createdAt,
                  updatedAt: batch.createdAt,
                  createdBy: batch.createdBy,
                  updatedBy: batch.createdBy,
                  version: 1,
                }
              : (items[i] ?? null),
          );
        });
      }

      async function readValid(collection: CollectionName): Promise<never[]> {
        const store = tx.objectStore(collection);
        const [storedKeys, storedValues] = await Promise.all([store.getAllKeys(), store.getAll()]);
        const batched =
          collection === 'activities' || collection === 'funds'
            ? new Map(fromBatches[collection])
            : new Map<string, unknown>();
        storedKeys.forEach((k, i) => batched.set(String(k), storedValues[i]));
        const keys = [...batched.keys()];
        const values = [...batched.values()];
        const valid: never[] = [];
        values.forEach((value: unknown, i) => {
          const key = keys[i] ?? '';
          const checked = recordSchemas[collection].safeParse(value);
          if (checked.success) valid.push(value as never);
          else setAside(collection, key, value, describeIssue(checked.error));
        });
        return valid;
      }

      const districts = await readValid('districts');
      const organizations = await readValid('organizations');
      const sites = await readValid('sites');
      const activities = await readValid('activities');
      const funds = await readValid('funds');
      const idempotency = new Map<string, string>();
      const idStore = tx.objectStore('idempotency');
      const [idKeys, idValues] = await Promise.all([idStore.getAllKeys(), idStore.getAll()]);
      idValues.forEach((value: unknown, i) => {
        if (isRecord(value) && typeof value.key === 'string' && typeof value.id === 'string')
          idempotency.set(value.key, value.id);
        else setAside('idempotency', idKeys[i] ?? '', value, '(record): expected { key, id }');
      });
      const quarantined = await quarantine.count();
      await tx.done;
      if (newlyQuarantined > 0)
        console.warn(
          `Demo data: ${newlyQuarantined} stored record(s) failed the contract and were set aside`,
        );
      return {
        dataset: { districts, organizations, sites, activities, funds },
        idempotency,
        quarantined,
      };
    },
    async replaceAll(dataset) {
      const d = await db();
      const tx = d.transaction(
        [...COLLECTIONS, 'idempotency', 'meta', 'batches', 'removed'],
        'readwrite',
      );
      await Promise.all(
        [...COLLECTIONS, 'idempotency' as const, 'batches' as const, 'removed' as const].map((c) =>
          tx.objectStore(c).clear(),
        ),
      );
      for (const r of dataset.districts) void tx.objectStore('districts').put(r);
      for (const r of dataset.organizations) void tx.objectStore('organizations').put(r);
      for (const r of dataset.sites) void tx.objectStore('sites').put(r);
      for (const r of dataset.activities) void tx.objectStore('activities').put(r);
      for (const r of dataset.funds) void tx.objectStore('funds').put(r);
      void tx.objectStore('meta').put({ key: 'seeded', value: new Date().toISOString() });
      await tx.done;
    },
    async put(collection, record) {
      await (await db()).put(collection, record as never);
    },
    async putMany(collection, records) {
      const d = await db();
      const tx = d.transaction(collection, 'readwrite');
      for (const r of records) void tx.store.put(r as never);
      await tx.done;
    },
    async putBatch(batch) {
      // One entry (the body is one string: no per-record cloning), with its idempotency key.
      const tx = (await db()).transaction(['batches', 'idempotency'], 'readwrite');
      void tx.objectStore('batches').put(batch);
      if (batch.idempotencyKey)
        void tx
          .objectStore('idempotency')
          .put({ key: batch.idempotencyKey, id: JSON.stringify(batch.ids) });
      await tx.done;
    },
    async remove(collection, id) {
      const tx = (await db()).transaction([collection, 'removed'], 'readwrite');
      void tx.objectStore(collection).delete(id);
      if (collection === 'activities' || collection === 'funds')
        void tx.objectStore('removed').put({ key: `${collection}:${id}` });
      await tx.done;
    },
    async rememberIdempotencyKey(key, id) {
      await (await db()).put('idempotency', { key, id });
    },
    async close() {
      const d = await dbPromise?.catch(() => null);
      d?.close();
      dbPromise = null;
    },
  };
}
