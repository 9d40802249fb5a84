import { useQueryClient, type Query } from '@tanstack/react-query';
import { useEffect, useSyncExternalStore } from 'react';

export interface LiveStatus {
  /** When the newest data on screen arrived (ms since epoch), or null before the first. */
  lastSuccessAt: number | null;
  /** A refresh failed and the screen shows older data. */
  stale: boolean;
}

function statusOf(queries: Query[]): LiveStatus {
  let lastSuccessAt: number | null = null;
  let stale = false;
  for (const q of queries) {
    if (q.getObserversCount() === 0) continue;
    const { dataUpdatedAt, errorUpdatedAt, status } = q.state;
    if (dataUpdatedAt > 0) lastSuccessAt = Math.max(lastSuccessAt ?? 0, dataUpdatedAt);
    if (status === 'error' || errorUpdatedAt > dataUpdatedAt) stale = true;
  }
  return { lastSuccessAt, stale };
}

/**
 * Refetches whatever is on screen every `intervalMs` and reports how current it is. React Query
 * keeps the last good data when a refresh fails, so the screen never goes blank; the next tick
 * retries, which is how the mode recovers by itself.
 */
export function useLiveRefresh(intervalMs: number): LiveStatus {
  const queryClient = useQueryClient();
  const cache = queryClient.getQueryCache();

  useEffect(() => {
    const timer = window.setInterval(() => {
      void queryClient.refetchQueries({ type: 'active' });
    }, intervalMs);
    return () => window.clearInterval(timer);
  }, [queryClient, intervalMs]);

  // Snapshot as a string so useSyncExternalStore sees a stable value between changes.
  const snapshot = useSyncExternalStore(
    (onChange) => cache.subscribe(onChange),
    () => JSON.stringify(statusOf(cache.getAll())),
    () => JSON.stringify({ lastSuccessAt: null, stale: false }),
  );
  return JSON.parse(snapshot) as LiveStatus;
}
