/**
 * Write hooks. Every write invalidates through the query factories, so a saved record shows up
 * at once in the KPIs, map, charts and ledger, which all read from these keys.
 */
import { useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import type {
  ActivityBatchInput,
  ActivityInput,
  FundAllocationInput,
  OrganizationInput,
  SiteInput,
} from './contract';
import {
  activityQueries,
  createActivity,
  createActivityBatch,
  deleteActivity,
  updateActivity,
  type WriteOptions,
} from './resources/activities';
import { createFund, deleteFund, fundQueries, updateFund } from './resources/funds';
import { createOrganization, createSite, referenceQueries } from './resources/reference';
import { summaryQueries } from './resources/summary';

/** What changes when any relief record changes. */
export async function invalidateRecords(queryClient: QueryClient): Promise<void> {
  await Promise.all([
    queryClient.invalidateQueries({ queryKey: activityQueries.all() }),
    queryClient.invalidateQueries({ queryKey: fundQueries.all() }),
    queryClient.invalidateQueries({ queryKey: summaryQueries.all() }),
    // Staff can add a site while recording a visit.
    queryClient.invalidateQueries({ queryKey: referenceQueries.all() }),
  ]);
}

export function useCreateActivity() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ input, options }: { input: ActivityInput; options?: WriteOptions }) =>
      createActivity(input, options),
    onSettled: () => invalidateRecords(queryClient),
  });
}

export function useUpdateActivity() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, version, input }: { id: string; version: number; input: ActivityInput }) =>
      updateActivity(id, version, input),
    onSettled: () => invalidateRecords(queryClient),
  });
}

export function useDeleteActivity() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => deleteActivity(id),
    onSettled: () => invalidateRecords(queryClient),
  });
}

export function useCreateFund() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ input, options }: { input: FundAllocationInput; options?: WriteOptions }) =>
      createFund(input, options),
    onSettled: () => invalidateRecords(queryClient),
  });
}

export function useUpdateFund() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({
      id,
      version,
      input,
    }: {
      id: string;
      version: number;
      input: FundAllocationInput;
    }) => updateFund(id, version, input),
    onSettled: () => invalidateRecords(queryClient),
  });
}

export function useDeleteFund() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => deleteFund(id),
    onSettled: () => invalidateRecords(queryClient),
  });
}

/** Adds a site; the site lists (reference data) refresh so pickers show it. */
export function useCreateSite() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ input, options }: { input: SiteInput; options?: WriteOptions }) =>
      createSite(input, options),
    onSettled: () => queryClient.invalidateQueries({ queryKey: referenceQueries.all() }),
  });
}

/** One batch of the import; the caller sends batches one after another with their own keys. */
export function useCreateActivityBatch() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ input, options }: { input: ActivityBatchInput; options?: WriteOptions }) =>
      createActivityBatch(input, options),
    onSettled: () => invalidateRecords(queryClient),
  });
}

/** Adds an organization; pickers and name lookups refresh. */
export function useCreateOrganization() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ input, options }: { input: OrganizationInput; options?: WriteOptions }) =>
      createOrganization(input, options),
    onSettled: () => queryClient.invalidateQueries({ queryKey: referenceQueries.all() }),
  });
}
