/** Reference data: districts, boundaries, organizations, sites. Rarely changes, cached long. */
import { queryOptions } from '@tanstack/react-query';
import { z } from 'zod';
import { fetchJson } from '../client';
import {
  districtBoundariesSchema,
  districtSchema,
  organizationInputSchema,
  organizationSchema,
  siteInputSchema,
  siteSchema,
  type OrganizationInput,
  type SiteInput,
} from '../contract';
import type { WriteOptions } from './activities';

export const getDistricts = (signal?: AbortSignal) =>
  fetchJson('/districts', z.array(districtSchema), { signal });
export const getDistrictBoundaries = (signal?: AbortSignal) =>
  fetchJson('/districts/boundaries', districtBoundariesSchema, { signal });
export const getOrganizations = (signal?: AbortSignal) =>
  fetchJson('/organizations', z.array(organizationSchema), { signal });
export const getSites = (signal?: AbortSignal) =>
  fetchJson('/sites', z.array(siteSchema), { signal });

/** Staff add a site while recording a visit; `Idempotency-Key` makes a retry safe. */
export const createSite = (input: SiteInput, options: WriteOptions = {}) =>
  fetchJson('/sites', siteSchema, {
    method: 'POST',
    body: siteInputSchema.parse(input),
    headers: options.idempotencyKey ? { 'Idempotency-Key': options.idempotencyKey } : {},
  });

/** Adds an organization (the import creates those a spreadsheet names); retry-safe with a key. */
export const createOrganization = (input: OrganizationInput, options: WriteOptions = {}) =>
  fetchJson('/organizations', organizationSchema, {
    method: 'POST',
    body: organizationInputSchema.parse(input),
    headers: options.idempotencyKey ? { 'Idempotency-Key': options.idempotencyKey } : {},
  });

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
