import { queryOptions } from '@tanstack/react-query';
import { fetchJson, toQueryString } from '../client';
import {
  ACTIVITY_BATCH_MAX,
  activityBatchResultSchema,
  activityInputSchema,
  activitySchema,
  type ActivityBatchInput,
  pageSchema,
  type ActivityInput,
  type ListParams,
} from '../contract';
import { z } from 'zod';

const activityPageSchema = pageSchema(activitySchema);

export const listActivities = (params: ListParams, signal?: AbortSignal) =>
  fetchJson(`/activities${toQueryString(params)}`, activityPageSchema, { signal });
export const getActivity = (id: string, signal?: AbortSignal) =>
  fetchJson(`/activities/${encodeURIComponent(id)}`, activitySchema, { signal });

export interface WriteOptions {
  /** Same key on a retry: the server creates the record once. */
  idempotencyKey?: string;
}

export const createActivity = (input: ActivityInput, options: WriteOptions = {}) =>
  fetchJson('/activities', activitySchema, {
    method: 'POST',
    body: activityInputSchema.parse(input),
    headers: options.idempotencyKey ? { 'Idempotency-Key': options.idempotencyKey } : {},
  });
/**
 * Creates up to ACTIVITY_BATCH_MAX activities in one request, all or none (the import). With the
 * same `Idempotency-Key` a retry returns the first answer instead of creating them again.
 * Items must already have passed `activityInputSchema` (the import checks every row in its
 * worker); only the envelope is checked here, so 100,000 rows are not validated twice on the
 * main thread. The server checks everything again and answers 422 per item.
 */
export const createActivityBatch = (input: ActivityBatchInput, options: WriteOptions = {}) =>
  fetchJson('/activities/batch', activityBatchResultSchema, {
    method: 'POST',
    body: activityBatchEnvelopeSchema.parse(input),
    headers: options.idempotencyKey ? { 'Idempotency-Key': options.idempotencyKey } : {},
    // 5,000 records take the embedded backend a moment to validate and store.
    timeoutMs: 60_000,
  });
/**
 * The same request with the body already serialised (`{"items":[…]}`): the import's worker builds
 * it, so 100,000 rows are neither copied into the page nor stringified on the main thread.
 */
export const createActivityBatchFromJson = (
  json: string | Uint8Array<ArrayBuffer>,
  options: WriteOptions = {},
) =>
  fetchJson('/activities/batch', activityBatchResultSchema, {
    method: 'POST',
    json,
    headers: options.idempotencyKey ? { 'Idempotency-Key': options.idempotencyKey } : {},
    timeoutMs: 60_000,
  });
const activityBatchEnvelopeSchema = z.object({
  items: z.array(z.looseObject({})).min(1).max(ACTIVITY_BATCH_MAX),
});

export const updateActivity = (id: string, version: number, input: ActivityInput) =>
  fetchJson(`/activities/${encodeURIComponent(id)}`, activitySchema, {
    method: 'PUT',
    body: activityInputSchema.parse(input),
    headers: { 'If-Match': `"${version}"` },
  });
export const deleteActivity = (id: string) =>
  fetchJson(`/activities/${encodeURIComponent(id)}`, z.unknown(), { method: 'DELETE' });

export const activityQueries = {
  all: () => ['activities'] as const,
  lists: () => [...activityQueries.all(), 'list'] as const,
  list: (params: ListParams) =>
    queryOptions({
      queryKey: [...activityQueries.lists(), params] as const,
      queryFn: ({ signal }) => listActivities(params, signal),
    }),
  detail: (id: string) =>
    queryOptions({
      queryKey: [...activityQueries.all(), 'detail', id] as const,
      queryFn: ({ signal }) => getActivity(id, signal),
    }),
};
