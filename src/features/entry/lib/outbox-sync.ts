/**
 * Sends the outbox, oldest first. Stops at the first write that gets no answer (it and
 * everything after it wait for the next attempt, so the order holds); a conflict or a refusal
 * is set aside for the user and the rest go on.
 */
import { ApiError, NetworkError, TimeoutError } from '@/api/errors';
import type { ActivityInput, FundAllocationInput, SiteInput } from '@/api/contract';
import { createActivity, deleteActivity, updateActivity } from '@/api/resources/activities';
import { createFund, deleteFund, updateFund } from '@/api/resources/funds';
import { createSite } from '@/api/resources/reference';
import { outbox, type OutboxEntry } from './outbox';

/** One write of the outbox, over the typed client. */
export async function sendEntry(e: OutboxEntry): Promise<void> {
  const options = e.idempotencyKey ? { idempotencyKey: e.idempotencyKey } : {};
  const id = e.recordId ?? '';
  if (e.resource === 'sites') {
    if (e.op !== 'create') throw new Error(`Sites can only be created from the outbox (${e.op})`);
    await createSite(e.input as SiteInput, options);
  } else if (e.resource === 'activities') {
    const input = e.input as ActivityInput;
    if (e.op === 'create') await createActivity(input, options);
    else if (e.op === 'update') await updateActivity(id, e.version ?? 0, input);
    else await deleteActivity(id);
  } else {
    const input = e.input as FundAllocationInput;
    if (e.op === 'create') await createFund(input, options);
    else if (e.op === 'update') await updateFund(id, e.version ?? 0, input);
    else await deleteFund(id);
  }
}

/** No answer at all: worth trying again later. */
export function isUnreachable(e: unknown): boolean {
  return e instanceof NetworkError || e instanceof TimeoutError;
}

export function isOnline(): boolean {
  return typeof navigator === 'undefined' || navigator.onLine !== false;
}

/** Calls `onChange` when the browser goes on or off line (for `useSyncExternalStore`). */
export function subscribeOnline(onChange: () => void): () => void {
  window.addEventListener('online', onChange);
  window.addEventListener('offline', onChange);
  return () => {
    window.removeEventListener('online', onChange);
    window.removeEventListener('offline', onChange);
  };
}

export interface FlushResult {
  sent: number;
  conflicts: number;
  rejected: number;
  /** Stopped because the network is (still) gone. */
  stalled: boolean;
}

let running: Promise<FlushResult> | null = null;

export function flushOutbox(send: (e: OutboxEntry) => Promise<void> = sendEntry) {
  running ??= (async () => {
    const result: FlushResult = { sent: 0, conflicts: 0, rejected: 0, stalled: false };
    try {
      await outbox.load();
      for (const entry of outbox.getSnapshot()) {
        if (entry.status !== 'pending') continue;
        if (!isOnline()) {
          result.stalled = true;
          break;
        }
        try {
          await send(entry);
          await outbox.remove(entry.seq);
          result.sent += 1;
        } catch (e) {
          if (isUnreachable(e) || (e instanceof ApiError && e.status >= 500)) {
            result.stalled = true;
            break;
          }
          if (e instanceof ApiError && e.status === 404 && entry.op === 'delete') {
            // Already gone: what the user wanted.
            await outbox.remove(entry.seq);
            result.sent += 1;
          } else if (e instanceof ApiError && e.status === 409) {
            await outbox.update({ ...entry, status: 'conflict', current: e.body?.error.current });
            result.conflicts += 1;
          } else {
            const message = e instanceof Error ? e.message : String(e);
            await outbox.update({ ...entry, status: 'rejected', error: message });
            result.rejected += 1;
          }
        }
      }
    } finally {
      running = null;
    }
    return result;
  })();
  return running;
}
