/**
 * Browser persistence for the demo store: one IndexedDB object store per collection.
 * The database is versioned; `upgrade` is where a future change of record shape migrates data.
 */
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { CollectionName, Persistence } from './db';
import type { SeedDataset } from './data';

const DB_NAME = 'union-relief-demo';
/** Bump when the stored shape changes, and migrate in `upgrade`. */
const DB_VERSION = 1;
const COLLECTIONS: CollectionName[] = [
  'districts',
  'organizations',
  'sites',
  'activities',
  'funds',
];

interface ReliefDb extends DBSchema {
  districts: { key: string; value: SeedDataset['districts'][number] };
  organizations: { key: string; value: SeedDataset['organizations'][number] };
  sites: { key: string; value: SeedDataset['sites'][number] };
  activities: { key: string; value: SeedDataset['activities'][number] };
  funds: { key: string; value: SeedDataset['funds'][number] };
  idempotency: { key: string; value: { key: string; id: string } };
  meta: { key: string; value: { key: string; value: unknown } };
}

export function indexedDbPersistence(): Persistence {
  let dbPromise: Promise<IDBPDatabase<ReliefDb>> | null = null;
  const db = () =>
    (dbPromise ??= openDB<ReliefDb>(DB_NAME, DB_VERSION, {
      upgrade(database) {
        database.createObjectStore('districts', { keyPath: 'code' });
        for (const name of ['organizations', 'sites', 'activities', 'funds'] as const)
          database.createObjectStore(name, { keyPath: 'id' });
        database.createObjectStore('idempotency', { keyPath: 'key' });
        database.createObjectStore('meta', { keyPath: 'key' });
      },
    }));

  return {
    async load() {
      const d = await db();
      const seeded = await d.get('meta', 'seeded');
      if (!seeded) return null;
      const tx = d.transaction([...COLLECTIONS, 'idempotency'], 'readonly');
      const [districts, organizations, sites, activities, funds, keys] = await Promise.all([
        tx.objectStore('districts').getAll(),
        tx.objectStore('organizations').getAll(),
        tx.objectStore('sites').getAll(),
        tx.objectStore('activities').getAll(),
        tx.objectStore('funds').getAll(),
        tx.objectStore('idempotency').getAll(),
      ]);
      return {
        dataset: { districts, organizations, sites, activities, funds },
        idempotency: new Map(keys.map((k) => [k.key, k.id])),
      };
    },
    async replaceAll(dataset) {
      const d = await db();
      const tx = d.transaction([...COLLECTIONS, 'idempotency', 'meta'], 'readwrite');
      await Promise.all(
        [...COLLECTIONS, 'idempotency' as const].map((c) => tx.objectStore(c).clear()),
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
    async remove(collection, id) {
      await (await db()).delete(collection, id);
    },
    async rememberIdempotencyKey(key, id) {
      await (await db()).put('idempotency', { key, id });
    },
  };
}
