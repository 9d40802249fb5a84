import { queryOptions } from '@tanstack/react-query';
import { z } from 'zod';
import { fetchJson, toQueryString } from '../client';
import {
  fundAllocationInputSchema,
  fundBatchResultSchema,
  fundAllocationSchema,
  pageSchema,
  type FundAllocationInput,
  type ListParams,
} from '../contract';
import type { WriteOptions } from './activities';

const fundPageSchema = pageSchema(fundAllocationSchema);

export const listFunds = (params: ListParams, signal?: AbortSignal) =>
  fetchJson(`/funds${toQueryString(params)}`, fundPageSchema, { signal });
export const getFund = (id: string, signal?: AbortSignal) =>
  fetchJson(`/funds/${encodeURIComponent(id)}`, fundAllocationSchema, { signal });
export const createFund = (input: FundAllocationInput, options: WriteOptions = {}) =>
  fetchJson('/funds', fundAllocationSchema, {
    method: 'POST',
    body: fundAllocationInputSchema.parse(input),
    headers: options.idempotencyKey ? { 'Idempotency-Key': options.idempotencyKey } : {},
  });
/**
 * `POST /funds/batch` with the body already serialised (`{"items":[…]}`, up to FUND_BATCH_MAX):
 * all or none; the same `Idempotency-Key` on a retry returns the first answer.
 */
export const createFundBatchFromJson = (
  json: string | Uint8Array<ArrayBuffer>,
  options: WriteOptions = {},
) =>
  fetchJson('/funds/batch', fundBatchResultSchema, {
    method: 'POST',
    json,
    headers: options.idempotencyKey ? { 'Idempotency-Key': options.idempotencyKey } : {},
    timeoutMs: 60_000,
  });
export const updateFund = (id: string, version: number, input: FundAllocationInput) =>
  fetchJson(`/funds/${encodeURIComponent(id)}`, fundAllocationSchema, {
    method: 'PUT',
    body: fundAllocationInputSchema.parse(input),
    headers: { 'If-Match': `"${version}"` },
  });
export const deleteFund = (id: string) =>
  fetchJson(`/funds/${encodeURIComponent(id)}`, z.unknown(), { method: 'DELETE' });

export const fundQueries = {
  all: () => ['funds'] as const,
  lists: () => [...fundQueries.all(), 'list'] as const,
  list: (params: ListParams) =>
    queryOptions({
      queryKey: [...fundQueries.lists(), params] as const,
      queryFn: ({ signal }) => listFunds(params, signal),
    }),
  detail: (id: string) =>
    queryOptions({
      queryKey: [...fundQueries.all(), 'detail', id] as const,
      queryFn: ({ signal }) => getFund(id, signal),
    }),
};
