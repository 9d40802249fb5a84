import { queryOptions } from '@tanstack/react-query';
import { fetchJson, toQueryString } from '../client';
import { summarySchema, type RecordFilters } from '../contract';

export const getSummary = (filters: RecordFilters, signal?: AbortSignal) =>
  fetchJson(`/summary${toQueryString(filters)}`, summarySchema, { signal });

export const summaryQueries = {
  all: () => ['summary'] as const,
  forScope: (filters: RecordFilters) =>
    queryOptions({
      queryKey: [...summaryQueries.all(), filters] as const,
      queryFn: ({ signal }) => getSummary(filters, signal),
    }),
};
