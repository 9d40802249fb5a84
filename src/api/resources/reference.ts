/** Reference data: districts, boundaries, organizations, sites. Rarely changes, cached long. */
import { queryOptions } from '@tanstack/react-query';
import { z } from 'zod';
import { fetchJson } from '../client';
import {
  districtBoundariesSchema,
  districtSchema,
  organizationSchema,
  siteSchema,
} from '../contract';

export const getDistricts = (signal?: AbortSignal) =>
  fetchJson('/districts', z.array(districtSchema), { signal });
export const getDistrictBoundaries = (signal?: AbortSignal) =>
  fetchJson('/districts/boundaries', districtBoundariesSchema, { signal });
export const getOrganizations = (signal?: AbortSignal) =>
  fetchJson('/organizations', z.array(organizationSchema), { signal });
export const getSites = (signal?: AbortSignal) =>
  fetchJson('/sites', z.array(siteSchema), { signal });

const REFERENCE_STALE_MS = 5 * 60_000;

export const referenceQueries = {
  all: () => ['reference'] as const,
  districts: () =>
    queryOptions({
      queryKey: [...referenceQueries.all(), 'districts'] as const,
      queryFn: ({ signal }) => getDistricts(signal),
      staleTime: REFERENCE_STALE_MS,
    }),
  boundaries: () =>
    queryOptions({
      queryKey: [...referenceQueries.all(), 'boundaries'] as const,
      queryFn: ({ signal }) => getDistrictBoundaries(signal),
      staleTime: Infinity,
    }),
  organizations: () =>
    queryOptions({
      queryKey: [...referenceQueries.all(), 'organizations'] as const,
      queryFn: ({ signal }) => getOrganizations(signal),
      staleTime: REFERENCE_STALE_MS,
    }),
  sites: () =>
    queryOptions({
      queryKey: [...referenceQueries.all(), 'sites'] as const,
      queryFn: ({ signal }) => getSites(signal),
      staleTime: REFERENCE_STALE_MS,
    }),
};
