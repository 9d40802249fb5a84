/**
 * Saving a record: optimistic (lists and the record's own query show the change at once),
 * rolled back when the server refuses, queued in the outbox when there is no network.
 */
import { useMutation, useQueryClient, type QueryKey } from '@tanstack/react-query';
import type { z } from 'zod';
import {
  activityInputSchema,
  activitySchema,
  fundAllocationInputSchema,
  fundAllocationSchema,
  type Activity,
  type ActivityInput,
  type FundAllocation,
  type FundAllocationInput,
} from '@/api/contract';
import { ApiError } from '@/api/errors';
import { invalidateRecords } from '@/api/mutations';
import { activityQueries, createActivity, updateActivity } from '@/api/resources/activities';
import { createFund, fundQueries, updateFund } from '@/api/resources/funds';
import { outbox, type OutboxResource } from '../lib/outbox';
import { flushOutbox, isOnline, isUnreachable } from '../lib/outbox-sync';
import { waitingSiteIds } from '../lib/pending-sites';
import { toFieldErrors, type FieldErrors } from '../lib/validation';

interface Spec<I, R extends { id: string; version: number }> {
  resource: OutboxResource;
  all: () => QueryKey;
  lists: () => QueryKey;
  detail: (id: string) => QueryKey;
  create: (input: I, options: { idempotencyKey?: string }) => Promise<R>;
  update: (id: string, version: number, input: I) => Promise<R>;
  recordSchema: z.ZodType<R>;
  /** The record as it will be once the input is saved (for the optimistic view). */
  apply: (record: R, input: I) => R;
  /** Sites the record refers to: one still in the outbox must be sent before the record. */
  siteIds?: (input: I) => readonly string[];
}

export const activitySpec: Spec<ActivityInput, Activity> = {
  resource: 'activities',
  all: activityQueries.all,
  lists: activityQueries.lists,
  detail: (id) => activityQueries.detail(id).queryKey,
  create: createActivity,
  update: updateActivity,
  recordSchema: activitySchema,
  apply: (record, input) => ({ ...record, ...activityInputSchema.parse(input) }),
  siteIds: (input) => input.siteIds ?? [],
};

export const fundSpec: Spec<FundAllocationInput, FundAllocation> = {
  resource: 'funds',
  all: fundQueries.all,
  lists: fundQueries.lists,
  detail: (id) => fundQueries.detail(id).queryKey,
  create: createFund,
  update: updateFund,
  recordSchema: fundAllocationSchema,
  apply: (record, input) => ({ ...record, ...fundAllocationInputSchema.parse(input) }),
};

export type SaveResult<R> =
  | { status: 'saved'; record: R }
  | { status: 'queued' }
  | { status: 'refused'; error: unknown; errors: FieldErrors }
  | { status: 'conflict'; error: unknown; current: R }
  | { status: 'failed'; error: unknown };

export interface SaveArgs<I> {
  id: string | null;
  version: number | null;
  input: I;
  idempotencyKey: string;
  label: string;
}

type Snapshot = [QueryKey, unknown][];

export function useSaveRecord<I, R extends { id: string; version: number }>(spec: Spec<I, R>) {
  const queryClient = useQueryClient();
  const mutation = useMutation({
    // Offline is handled here (the outbox), not by pausing the mutation.
    networkMode: 'always',
    mutationFn: ({ id, version, input, idempotencyKey }: SaveArgs<I>) =>
      id === null ? spec.create(input, { idempotencyKey }) : spec.update(id, version ?? 0, input),
    onMutate: async ({ id, input }): Promise<{ snapshot: Snapshot }> => {
      if (id === null) return { snapshot: [] };
      await queryClient.cancelQueries({ queryKey: spec.all() });
      const snapshot = queryClient.getQueriesData({ queryKey: spec.all() });
      queryClient.setQueriesData<{ items: R[] }>({ queryKey: spec.lists() }, (page) =>
        page
          ? { ...page, items: page.items.map((r) => (r.id === id ? spec.apply(r, input) : r)) }
          : page,
      );
      queryClient.setQueryData<R>(spec.detail(id), (r) => (r ? spec.apply(r, input) : r));
      return { snapshot };
    },
    onError: (_error, _args, context) => {
      for (const [key, data] of context?.snapshot ?? []) queryClient.setQueryData(key, data);
    },
    onSettled: (_data, error) => {
      if (!isUnreachable(error)) void invalidateRecords(queryClient);
    },
  });

  async function queue({ id, version, input, idempotencyKey, label }: SaveArgs<I>) {
    await outbox.add({
      resource: spec.resource,
      op: id === null ? 'create' : 'update',
      recordId: id,
      version,
      idempotencyKey: id === null ? idempotencyKey : null,
      input: input as never,
      label,
    });
  }

  /** True when a site the record refers to is still queued (it must reach the server first). */
  async function behindQueuedSite(input: I): Promise<boolean> {
    const ids = spec.siteIds?.(input) ?? [];
    if (ids.length === 0) return false;
    await outbox.load();
    if (waitingSiteIds(outbox.getSnapshot(), ids).length === 0) return false;
    if (isOnline()) {
      const sent = await flushOutbox();
      if (sent.sent > 0) void invalidateRecords(queryClient);
    }
    return waitingSiteIds(outbox.getSnapshot(), ids).length > 0;
  }

  async function save(args: SaveArgs<I>): Promise<SaveResult<R>> {
    if (!isOnline() || (await behindQueuedSite(args.input))) {
      await queue(args);
      return { status: 'queued' };
    }
    try {
      const record = await mutation.mutateAsync(args);
      return { status: 'saved', record };
    } catch (error) {
      if (isUnreachable(error)) {
        await queue(args);
        return { status: 'queued' };
      }
      if (error instanceof ApiError && error.status === 409) {
        const current = spec.recordSchema.safeParse(error.body?.error.current);
        if (current.success) return { status: 'conflict', error, current: current.data };
      }
      if (error instanceof ApiError && error.status === 422) {
        return { status: 'refused', error, errors: toFieldErrors(error.body?.error.issues ?? []) };
      }
      return { status: 'failed', error };
    }
  }

  return { save, isSaving: mutation.isPending };
}
