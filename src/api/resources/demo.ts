import { queryOptions } from '@tanstack/react-query';
import { z } from 'zod';
import { fetchJson } from '../client';
import { demoStatusSchema } from '../contract';

/** Embedded demo backend only: put the seed data back. */
export const resetDemoData = () => fetchJson('/demo/reset', z.unknown(), { method: 'POST' });

/** Embedded demo backend only: how its browser store opened (records set aside, fallback). */
export const getDemoStatus = (signal?: AbortSignal) =>
  fetchJson('/demo/status', demoStatusSchema, { signal });

export const demoQueries = {
  status: () =>
    queryOptions({
      queryKey: ['demo', 'status'] as const,
      queryFn: ({ signal }) => getDemoStatus(signal),
      // Set once when the backend starts; a reset does not change it.
      staleTime: Infinity,
    }),
};
