import { QueryClient } from '@tanstack/react-query';
import { isTransient } from '@/api/errors';

/** Retries only what may heal by itself (network, timeout, 5xx); a broken contract will not. */
export function createQueryClient() {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        retry: (failureCount, error) => failureCount < 2 && isTransient(error),
        retryDelay: (attempt) => Math.min(1000 * 2 ** attempt, 8000),
      },
      mutations: { retry: false },
    },
  });
}
