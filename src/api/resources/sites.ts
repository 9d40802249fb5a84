/** Per-site aggregates: where the relief work happened (the map's markers). */
import { queryOptions } from '@tanstack/react-query';
import { fetchJson, toQueryString } from '../client';
import { siteSummarySchema, type RecordFilters } from '../contract';
import { summaryQueries } from './summary';

export const getSiteSummary = (filters: RecordFilters, signal?: AbortSignal) =>
  fetchJson(`/sites/summary${toQueryString(filters)}`, siteSummarySchema, { signal });

export const siteQueries = {
  /** Under the summary's key, so every write that refreshes the summary refreshes this too. */
  summary: (filters: RecordFilters) =>
    queryOptions({
      queryKey: [...summaryQueries.all(), 'sites', filters] as const,
      queryFn: ({ signal }) => getSiteSummary(filters, signal),
    }),
};
