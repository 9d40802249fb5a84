/**
 * Deleting with a way back: the record disappears from the lists at once, an "Undo" toast shows
 * for a few seconds, and only then is the DELETE sent (queued in the outbox when offline).
 * Undo simply cancels: the record never left the server, so it comes back intact.
 */
import type { QueryClient } from '@tanstack/react-query';
import type { Activity, FundAllocation } from '@/api/contract';
import { ApiError } from '@/api/errors';
import { invalidateRecords } from '@/api/mutations';
import { activityQueries, deleteActivity } from '@/api/resources/activities';
import { deleteFund, fundQueries } from '@/api/resources/funds';
import { outbox, type OutboxResource } from './outbox';
import { isOnline, isUnreachable } from './outbox-sync';

export interface PendingDelete {
  id: string;
  resource: OutboxResource;
  label: string;
  /** When the DELETE goes out (ms since epoch). */
  deadline: number;
}

export interface DeleteFailure {
  id: string;
  label: string;
  message: string;
}

interface State {
  pending: readonly PendingDelete[];
  failures: readonly DeleteFailure[];
}

let undoWindowMs = 6000;
let state: State = { pending: [], failures: [] };
const timers = new Map<string, ReturnType<typeof setTimeout>>();
const listeners = new Set<() => void>();

function set(next: State) {
  state = next;
  for (const l of listeners) l();
}

export const pendingDeletes = {
  subscribe(listener: () => void) {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
  getSnapshot: (): State => state,
};

/** Tests shorten the undo window; the app uses 6 s. */
export function setUndoWindowMs(ms: number) {
  undoWindowMs = ms;
}

type AnyRecord = Activity | FundAllocation;
type Page = { items: AnyRecord[]; total: number };

function listsKey(resource: OutboxResource) {
  return resource === 'activities' ? activityQueries.lists() : fundQueries.lists();
}

export function scheduleDelete(
  queryClient: QueryClient,
  { resource, id, label }: { resource: OutboxResource; id: string; label: string },
): void {
  void queryClient.cancelQueries({ queryKey: listsKey(resource) });
  queryClient.setQueriesData<Page>({ queryKey: listsKey(resource) }, (page) =>
    page && page.items.some((r) => r.id === id)
      ? { ...page, items: page.items.filter((r) => r.id !== id), total: page.total - 1 }
      : page,
  );
  const item: PendingDelete = { id, resource, label, deadline: Date.now() + undoWindowMs };
  set({ ...state, pending: [...state.pending.filter((p) => p.id !== id), item] });
  timers.set(
    id,
    setTimeout(() => void commit(queryClient, item), undoWindowMs),
  );
}

export function undoDelete(queryClient: QueryClient, id: string): void {
  clearTimeout(timers.get(id));
  timers.delete(id);
  set({ ...state, pending: state.pending.filter((p) => p.id !== id) });
  void invalidateRecords(queryClient);
}

export function dismissFailure(id: string): void {
  set({ ...state, failures: state.failures.filter((f) => f.id !== id) });
}

async function commit(queryClient: QueryClient, item: PendingDelete) {
  timers.delete(item.id);
  set({ ...state, pending: state.pending.filter((p) => p.id !== item.id) });
  const queue = () =>
    outbox.add({
      resource: item.resource,
      op: 'delete',
      recordId: item.id,
      version: null,
      idempotencyKey: null,
      input: null,
      label: item.label,
    });
  try {
    if (!isOnline()) await queue();
    else if (item.resource === 'activities') await deleteActivity(item.id);
    else await deleteFund(item.id);
  } catch (e) {
    if (isUnreachable(e)) await queue();
    else if (!(e instanceof ApiError && e.status === 404)) {
      const message = e instanceof Error ? e.message : String(e);
      set({ ...state, failures: [...state.failures, { id: item.id, label: item.label, message }] });
    }
  } finally {
    await invalidateRecords(queryClient);
  }
}
