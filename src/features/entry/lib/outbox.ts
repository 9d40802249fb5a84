/**
 * The outbox: writes made offline (or whose request never got an answer), kept in IndexedDB so
 * they survive a reload, and sent in the order they were made when the network is back.
 * Creates carry their Idempotency-Key (sent twice, they still make one record); updates carry the
 * version they were based on (a record changed meanwhile comes back as a conflict, never
 * silently overwritten).
 */
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { ActivityInput, FundAllocationInput, SiteInput } from '@/api/contract';

/** Sites are only created here (a site added offline), always with their client-chosen id. */
export type OutboxResource = 'activities' | 'funds' | 'sites';
export type OutboxOp = 'create' | 'update' | 'delete';
export type OutboxStatus = 'pending' | 'conflict' | 'rejected';

export interface OutboxEntry {
  /** Order of queueing (IndexedDB key). */
  seq: number;
  resource: OutboxResource;
  op: OutboxOp;
  /** Record id for updates and deletes; for a site, the id it is created with. */
  recordId: string | null;
  /** Version the update was based on (sent as If-Match). */
  version: number | null;
  idempotencyKey: string | null;
  input: ActivityInput | FundAllocationInput | SiteInput | null;
  label: string;
  queuedAt: string;
  status: OutboxStatus;
  /** For conflicts: the record as it is on the server. */
  current?: unknown;
  /** For rejected writes: the server's message. */
  error?: string;
}

export type NewOutboxEntry = Omit<OutboxEntry, 'seq' | 'status' | 'queuedAt'>;

interface OutboxDb extends DBSchema {
  entries: { key: number; value: OutboxEntry };
}

export const OUTBOX_DB_NAME = 'union-relief-outbox';
/** Bump when the stored shape changes, and migrate in `upgrade`. */
const OUTBOX_DB_VERSION = 1;

let dbPromise: Promise<IDBPDatabase<OutboxDb> | null> | null = null;
let entries: readonly OutboxEntry[] = [];
let loaded: Promise<void> | null = null;
const listeners = new Set<() => void>();

function db(): Promise<IDBPDatabase<OutboxDb> | null> {
  dbPromise ??= (async () => {
    if (typeof indexedDB === 'undefined') return null;
    try {
      return await openDB<OutboxDb>(OUTBOX_DB_NAME, OUTBOX_DB_VERSION, {
        upgrade(database, oldVersion) {
          if (oldVersion < 1) database.createObjectStore('entries', { keyPath: 'seq' });
        },
      });
    } catch {
      // Private mode or storage disabled: the queue then lasts for this visit only.
      return null;
    }
  })();
  return dbPromise;
}

function emit(next: readonly OutboxEntry[]) {
  entries = [...next].sort((a, b) => a.seq - b.seq);
  for (const l of listeners) l();
}

export const outbox = {
  subscribe(listener: () => void): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
  getSnapshot(): readonly OutboxEntry[] {
    return entries;
  },
  /** Reads the persisted queue (once; later calls wait for the same read). */
  load(): Promise<void> {
    loaded ??= (async () => {
      const d = await db();
      if (!d) return;
      const stored = await d.getAll('entries');
      // Entries queued before the read finished are kept too.
      const seen = new Set(stored.map((e) => e.seq));
      emit([...stored, ...entries.filter((e) => !seen.has(e.seq))]);
    })();
    return loaded;
  },
  async add(entry: NewOutboxEntry): Promise<OutboxEntry> {
    await outbox.load();
    const last = entries.at(-1)?.seq ?? 0;
    const full: OutboxEntry = {
      ...entry,
      seq: Math.max(last, Date.now()) + 1,
      status: 'pending',
      queuedAt: new Date().toISOString(),
    };
    const d = await db();
    if (d) await d.put('entries', full);
    emit([...entries, full]);
    return full;
  },
  async update(entry: OutboxEntry): Promise<void> {
    const d = await db();
    if (d) await d.put('entries', entry);
    emit(entries.map((e) => (e.seq === entry.seq ? entry : e)));
  },
  async remove(seq: number): Promise<void> {
    const d = await db();
    if (d) await d.delete('entries', seq);
    emit(entries.filter((e) => e.seq !== seq));
  },
};

/** Tests: forget the in-memory state and close the database (as a reload would). */
export async function closeOutboxForTests(): Promise<void> {
  const d = await dbPromise;
  d?.close();
  dbPromise = null;
  loaded = null;
  entries = [];
  for (const l of listeners) l();
}
