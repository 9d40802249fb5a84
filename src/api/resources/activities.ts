import { queryOptions } from '@tanstack/react-query';
import { fetchJson, toQueryString } from '../client';
import {
  activityInputSchema,
  activitySchema,
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
