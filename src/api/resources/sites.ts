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

// Under the summary's key, so every write that refreshes the summary refreshes these too.
export const siteQueries = {
  summary: (filters: RecordFilters) =>
    queryOptions({
      queryKey: [...summaryQueries.all(), 'sites', filters] as const,
      queryFn: ({ signal }) => getSiteSummary(filters, signal),
    }),
  detail: (siteId: string, filters: RecordFilters) =>
    queryOptions({
      queryKey: [...summaryQueries.all(), 'site', siteId, filters] as const,
      queryFn: ({ signal }) => getSiteDetail(siteId, filters, signal),
    }),
};
