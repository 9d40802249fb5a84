/** Per-site aggregates: where the relief work happened (the map's markers and their popups). */
import { queryOptions } from '@tanstack/react-query';
import { fetchJson, toQueryString } from '../client';
import { siteDetailSchema, siteSummarySchema, type RecordFilters } from '../contract';
import { summaryQueries } from './summary';

export const getSiteSummary = (filters: RecordFilters, signal?: AbortSignal) =>
  fetchJson(`/sites/summary${toQueryString(filters)}`, siteSummarySchema, { signal });

export const getSiteDetail = (siteId: string, filters: RecordFilters, signal?: AbortSignal) =>
  fetchJson(
    `/sites/${encodeURIComponent(siteId)}/summary${toQueryString(filters)}`,
    siteDetailSchema,
    { signal },
  );

/**
 * How long the sites of a scope no longer shown stay in memory. At 5,000 sites each scope's list
 * is the largest answer the page keeps, and react-query's default (5 minutes) held one per
 * scope visited, all of them for the garbage collector to go through as it ran during filter
 * changes. Going back after this fetches the list again, the previous markers shown meanwhile.
 */
const SITE_SUMMARY_KEPT_MS = 15_000;

// Under the summary's key, so every write that refreshes the summary refreshes these too.
export const siteQueries = {
  summary: (filters: RecordFilters) =>
    queryOptions({
      queryKey: [...summaryQueries.all(), 'sites', filters] as const,
      queryFn: ({ signal }) => getSiteSummary(filters, signal),
      gcTime: SITE_SUMMARY_KEPT_MS,
    }),
  detail: (siteId: string, filters: RecordFilters) =>
    queryOptions({
      queryKey: [...summaryQueries.all(), 'site', siteId, filters] as const,
      queryFn: ({ signal }) => getSiteDetail(siteId, filters, signal),
    }),
};
