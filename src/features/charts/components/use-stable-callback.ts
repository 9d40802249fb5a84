import { useCallback, useLayoutEffect, useRef } from 'react';

/**
 * A function that keeps its identity across renders and always calls the latest `fn`: a memoised
 * chart is not redrawn just because its click handler closed over a new scope.
 */
export function useStableCallback<A extends unknown[]>(fn: (...args: A) => void) {
  const latest = useRef(fn);
  useLayoutEffect(() => {
    latest.current = fn;
  });
  return useCallback((...args: A) => latest.current(...args), []);
}
