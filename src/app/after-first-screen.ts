import type { QueryClient } from '@tanstack/react-query';

/**
 * Resolves once the first screen's requests have all been answered (or have failed) and none
 * has started for `quietMs`, in an idle moment after; or after `timeoutMs` at the latest. For
 * work the page wants soon but that must not compete with its first screen. The quiet time is
 * there because the page is not done when its data is: the map draws its districts, names and
 * sites in steps a frame apart, and an idle moment between two steps would otherwise do.
 */
export function afterFirstScreen(
  queryClient: QueryClient,
  { quietMs = 1000, timeoutMs = 10_000 } = {},
): Promise<void> {
  return new Promise((resolve) => {
    const cache = queryClient.getQueryCache();
    const settled = () =>
      queryClient.isFetching() === 0 &&
      cache.getAll().some((query) => query.state.status !== 'pending');
    let quiet: number | undefined;
    const done = () => {
      unsubscribe();
      window.clearTimeout(quiet);
      window.clearTimeout(deadline);
      // Not in every browser (Safari).
      if (typeof window.requestIdleCallback === 'function')
        window.requestIdleCallback(() => resolve(), { timeout: 1000 });
      else window.setTimeout(resolve, 0);
    };
    const unsubscribe = cache.subscribe(() => {
      window.clearTimeout(quiet);
      if (settled()) quiet = window.setTimeout(done, quietMs);
    });
    const deadline = window.setTimeout(done, timeoutMs);
  });
}
