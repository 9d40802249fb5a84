/**
 * Sites added while offline wait in the outbox until they are sent. Until then they exist only
 * there: pickers and the pending list read their names from it, so a queued visit still shows
 * the site it was at.
 */
import { siteInputSchema, type Site } from '@/api/contract';
import type { OutboxEntry } from './outbox';

export interface PendingSite extends Site {
  /** Still waiting in the outbox (`pending`), or set aside (`rejected`, `conflict`). */
  status: OutboxEntry['status'];
}

/** Sites to be created by the outbox, in queue order; malformed entries are left out. */
export function pendingSites(entries: readonly OutboxEntry[]): PendingSite[] {
  const sites: PendingSite[] = [];
  for (const e of entries) {
    if (e.resource !== 'sites' || e.op !== 'create' || !e.recordId) continue;
    const parsed = siteInputSchema.safeParse(e.input);
    if (!parsed.success) continue;
    sites.push({ ...parsed.data, id: e.recordId, status: e.status });
  }
  return sites;
}

/** Ids among `ids` whose site still waits to be sent: what a save of `ids` must queue behind. */
export function waitingSiteIds(entries: readonly OutboxEntry[], ids: readonly string[]): string[] {
  if (ids.length === 0) return [];
  const waiting = new Set(
    entries
      .filter((e) => e.resource === 'sites' && e.status === 'pending' && e.recordId)
      .map((e) => e.recordId as string),
  );
  return ids.filter((id) => waiting.has(id));
}
