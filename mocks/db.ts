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

/** Where the store writes through to. In Node (tests) nothing is persisted. */
export interface Persistence {
  load(): Promise<{ dataset: SeedDataset; idempotency: Map<string, string> } | null>;
  replaceAll(dataset: SeedDataset): Promise<void>;
  put<C extends CollectionName>(collection: C, record: RecordOf<C>): Promise<void>;
  remove(collection: CollectionName, id: string): Promise<void>;
  rememberIdempotencyKey(key: string, id: string): Promise<void>;
}

export const memoryPersistence: Persistence = {
  load: async () => null,
  replaceAll: async () => {},
  put: async () => {},
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

  constructor(
    private seed: () => SeedDataset,
    private persistence: Persistence = memoryPersistence,
  ) {
    this.collections = toCollections(seed());
  }

  /** Loads what was persisted, or writes the seed on first use. */
  async open(): Promise<void> {
    const saved = await this.persistence.load();
    if (saved) {
      this.collections = toCollections(saved.dataset);
      this.idempotency = saved.idempotency;
    } else {
      await this.persistence.replaceAll(this.snapshot());
    }
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
    this.idempotency.clear();
    await this.persistence.replaceAll(dataset);
  }

  async put<C extends CollectionName>(collection: C, record: RecordOf<C>): Promise<void> {
    const key =
      collection === 'districts' ? (record as District).code : (record as { id: string }).id;
    (this.collections[collection] as Map<string, RecordOf<C>>).set(key, record);
    await this.persistence.put(collection, record);
  }

  async remove(collection: CollectionName, id: string): Promise<boolean> {
    const existed = this.collections[collection].delete(id);
    if (existed) await this.persistence.remove(collection, id);
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
