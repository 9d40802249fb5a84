/**
 * The store behind the embedded API. Records live in memory (Maps keyed by id) and, in the
 * browser, are written through to IndexedDB so that what staff record survives a reload.
 */
import type { Activity, District, FundAllocation, Organization, Site } from '@/api/contract';
import type { SeedDataset } from './data';

export interface Collections {
  districts: Map<string, District>;
  organizations: Map<string, Organization>;
  sites: Map<string, Site>;
  activities: Map<string, Activity>;
  funds: Map<string, FundAllocation>;
}
export type CollectionName = keyof Collections;
type RecordOf<C extends CollectionName> = Collections[C] extends Map<string, infer R> ? R : never;

/**
 * Records created by one batch request (the import), stored as one unit: the request body as it
 * was received and what the server added to every item. Writing 5,000 records one by one costs
 * the browser seconds; this is one write. Loading expands it through the contract's schemas.
 */
export interface StoredBatch {
  /** Unique per batch (the first id). */
  key: string;
  collection: 'activities' | 'funds';
  /**
   * The request body, `{"items":[…]}`, exactly as received (and accepted): its UTF-8 bytes
   * (batches stored before 2026-11-27 hold the decoded string).
   */
  body: ArrayBuffer | string;
  /** Ids the server gave the items, in order. */
  ids: string[];
  createdAt: string;
  createdBy: string;
  /** `batch:<Idempotency-Key>` to remember with the ids, or null. */
  idempotencyKey: string | null;
}

/** Where the store writes through to. In Node (tests) nothing is persisted. */
export interface Persistence {
  /** Version of the stored shape (IndexedDB); absent for memory. */
  schemaVersion?: number;
  /** null: nothing stored yet. `quarantined`: records set aside so far (they failed the contract). */
  load(): Promise<{
    dataset: SeedDataset;
    idempotency: Map<string, string>;
    quarantined?: number;
  } | null>;
  replaceAll(dataset: SeedDataset): Promise<void>;
  put<C extends CollectionName>(collection: C, record: RecordOf<C>): Promise<void>;
  /** Many records in one write (the import's batches); without it, one put per record. */
  putMany?<C extends CollectionName>(collection: C, records: RecordOf<C>[]): Promise<void>;
  /** A created batch in one write (see StoredBatch); without it, putMany and the key. */
  putBatch?(batch: StoredBatch): Promise<void>;
  remove(collection: CollectionName, id: string): Promise<void>;
  rememberIdempotencyKey(key: string, id: string): Promise<void>;
  close?(): Promise<void>;
}

/** How opening the store went (GET /demo/status). */
export interface LoadReport {
  /** `memory`: nothing survives a reload (tests, or the browser database could not be opened). */
  storage: 'indexeddb' | 'memory';
  schemaVersion: number | null;
  /** Stored records set aside because they failed the contract. */
  quarantined: number;
  /** Why the browser database is not used, when it should have been. */
  problem: string | null;
}

export const memoryPersistence: Persistence = {
  load: async () => null,
  replaceAll: async () => {},
  put: async () => {},
  putMany: async () => {},
  putBatch: async () => {},
  remove: async () => {},
  rememberIdempotencyKey: async () => {},
};

function toCollections(d: SeedDataset): Collections {
  const byId = <T extends { id: string }>(rows: T[]) => new Map(rows.map((r) => [r.id, r]));
  return {
    districts: new Map(d.districts.map((r) => [r.code, r])),
    organizations: byId(d.organizations),
    sites: byId(d.sites),
    activities: byId(d.activities),
    funds: byId(d.funds),
  };
}

export class Store {
  private collections: Collections;
  /** Idempotency-Key → id of the record the first request created. */
  private idempotency = new Map<string, string>();
  private counter = 0;
  private changes = 0;
  private persistence: Persistence;
  loadReport: LoadReport;

  constructor(
    private seed: () => SeedDataset,
    persistence: Persistence = memoryPersistence,
  ) {
    this.collections = toCollections(seed());
    this.persistence = persistence;
    this.loadReport = {
      storage: persistence === memoryPersistence ? 'memory' : 'indexeddb',
      schemaVersion: persistence.schemaVersion ?? null,
      quarantined: 0,
      problem: null,
    };
  }

  /**
   * Loads what was persisted, or writes the seed on first use. If the database cannot be used
   * at all, the seed stays in memory and loadReport says why (the app shows it), rather than
   * the app failing to start.
   */
  async open(): Promise<void> {
    try {
      const saved = await this.persistence.load();
      this.changes += 1;
      if (saved) {
        this.collections = toCollections(saved.dataset);
        this.idempotency = saved.idempotency;
        this.loadReport.quarantined = saved.quarantined ?? 0;
      } else {
        await this.persistence.replaceAll(this.snapshot());
      }
    } catch (e) {
      console.warn('Demo data: the browser database cannot be used; keeping the seed in memory', e);
      this.changes += 1;
      this.collections = toCollections(this.seed());
      this.idempotency = new Map();
      void this.persistence.close?.().catch(() => {});
      this.persistence = memoryPersistence;
      this.loadReport = {
        storage: 'memory',
        schemaVersion: null,
        quarantined: 0,
        problem: e instanceof Error ? `${e.name}: ${e.message}` : String(e),
      };
    }
  }

  /** Changes with every write, so answers computed from the records can be reused until then. */
  get revision(): number {
    return this.changes;
  }

  get<C extends CollectionName>(collection: C): Collections[C] {
    return this.collections[collection];
  }

  snapshot(): SeedDataset {
    const c = this.collections;
    return {
      districts: [...c.districts.values()],
      organizations: [...c.organizations.values()],
      sites: [...c.sites.values()],
      activities: [...c.activities.values()],
      funds: [...c.funds.values()],
    };
  }

  /** Replace everything (tests use it to install a dataset; "reset demo data" uses the seed). */
  async replace(dataset: SeedDataset = this.seed()): Promise<void> {
    this.collections = toCollections(dataset);
    this.changes += 1;
    this.idempotency.clear();
    await this.persistence.replaceAll(dataset);
  }

  async put<C extends CollectionName>(collection: C, record: RecordOf<C>): Promise<void> {
    const key =
      collection === 'districts' ? (record as District).code : (record as { id: string }).id;
    (this.collections[collection] as Map<string, RecordOf<C>>).set(key, record);
    this.changes += 1;
    await this.persistence.put(collection, record);
  }

  async putMany<C extends CollectionName>(collection: C, records: RecordOf<C>[]): Promise<void> {
    const map = this.collections[collection] as Map<string, RecordOf<C>>;
    for (const record of records) {
      const key =
        collection === 'districts' ? (record as District).code : (record as { id: string }).id;
      map.set(key, record);
    }
    this.changes += 1;
    await this.putManyPersisted(collection, records);
  }

  /** Records one batch request created, written through as one unit (see StoredBatch). */
  async addBatch<C extends StoredBatch['collection']>(
    batch: StoredBatch & { collection: C },
    records: RecordOf<C>[],
  ): Promise<void> {
    const map = this.collections[batch.collection] as Map<string, RecordOf<C>>;
    for (const record of records) map.set((record as { id: string }).id, record);
    this.changes += 1;
    if (batch.idempotencyKey) this.idempotency.set(batch.idempotencyKey, JSON.stringify(batch.ids));
    if (this.persistence.putBatch) await this.persistence.putBatch(batch);
    else {
      await this.putManyPersisted(batch.collection, records);
      if (batch.idempotencyKey)
        await this.persistence.rememberIdempotencyKey(
          batch.idempotencyKey,
          JSON.stringify(batch.ids),
        );
    }
  }

  private async putManyPersisted<C extends CollectionName>(collection: C, records: RecordOf<C>[]) {
    if (this.persistence.putMany) await this.persistence.putMany(collection, records);
    else for (const record of records) await this.persistence.put(collection, record);
  }

  async remove(collection: CollectionName, id: string): Promise<boolean> {
    const existed = this.collections[collection].delete(id);
    if (existed) {
      this.changes += 1;
      await this.persistence.remove(collection, id);
    }
    return existed;
  }

  idFor(key: string): string | undefined {
    return this.idempotency.get(key);
  }

  async rememberIdempotencyKey(key: string, id: string): Promise<void> {
    this.idempotency.set(key, id);
    await this.persistence.rememberIdempotencyKey(key, id);
  }

  newId(prefix: string): string {
    this.counter += 1;
    const random = Math.random().toString(36).slice(2, 8);
    return `${prefix}-${Date.now().toString(36)}-${this.counter}-${random}`;
  }
}
