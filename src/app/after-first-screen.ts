import type { QueryClient } from '@tanstack/react-query';

/**
 * Resolves once the first screen's requests have all been answered (or have failed) and the
 * browser has an idle moment after drawing them, or after `timeoutMs` at the latest: for work the
 * page wants soon but that must not compete with its first screen.
 */
export function afterFirstScreen(queryClient: QueryClient, timeoutMs = 10_000): Promise<void> {
  return new Promise((resolve) => {
    const cache = queryClient.getQueryCache();
    const settled = () =>
      queryClient.isFetching() === 0 &&
      cache.getAll().some((query) => query.state.status !== 'pending');
    const done = () => {
      unsubscribe();
      window.clearTimeout(timer);
      // Not in every browser (Safari).
      if (typeof window.requestIdleCallback === 'function')
        window.requestIdleCallback(() => resolve(), { timeout: 1000 });
      else window.setTimeout(resolve, 0);
    };
    const unsubscribe = cache.subscribe(() => {
      if (settled()) done();
    });
    const timer = window.setTimeout(done, timeoutMs);
  });
}
