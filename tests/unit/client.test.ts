import { delay, http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { fetchJson, toQueryString } from '@/api/client';
import { summarySchema } from '@/api/contract';
import { ApiError, ContractError, NetworkError, TimeoutError } from '@/api/errors';
import { getSummary } from '@/api/resources/summary';
import { server } from '@mocks/node';

const thing = z.object({ name: z.string(), count: z.number() });
const answer = (resolver: Parameters<typeof http.get>[1]) =>
  server.use(http.get('*/api/v1/thing', resolver));

describe('fetchJson', () => {
  it('returns the parsed body when it meets the contract', async () => {
    answer(() => HttpResponse.json({ name: '房山', count: 3, extra: true }));
    await expect(fetchJson('/thing', thing)).resolves.toEqual({ name: '房山', count: 3 });
  });

  it('turns a non-2xx answer into an ApiError with the server’s code', async () => {
    answer(() =>
      HttpResponse.json({ error: { code: 'internal', message: 'db down' } }, { status: 500 }),
    );
    const error = await fetchJson('/thing', thing).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 500, code: 'internal', message: 'db down' });
  });

  it('copes with an error page that is not JSON', async () => {
    answer(() => new HttpResponse('<h1>Bad gateway</h1>', { status: 502 }));
    await expect(fetchJson('/thing', thing)).rejects.toMatchObject({
      status: 502,
      code: 'http_error',
    });
  });

  it('names the offending field when a payload breaks the contract', async () => {
    answer(() => HttpResponse.json({ name: '房山', count: 'three' }));
    const error = await fetchJson('/thing', thing).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ContractError);
    expect((error as ContractError).field).toBe('count');
  });

  it('reports invalid JSON as a contract error', async () => {
    answer(
      () => new HttpResponse('{"name": "房', { headers: { 'Content-Type': 'application/json' } }),
    );
    await expect(fetchJson('/thing', thing)).rejects.toBeInstanceOf(ContractError);
  });

  it('reports a dropped connection as a NetworkError', async () => {
    answer(() => HttpResponse.error());
    await expect(fetchJson('/thing', thing)).rejects.toBeInstanceOf(NetworkError);
  });

  it('gives up after the timeout', async () => {
    answer(async () => {
      await delay(500);
      return HttpResponse.json({ name: 'late', count: 1 });
    });
    await expect(fetchJson('/thing', thing, { timeoutMs: 50 })).rejects.toBeInstanceOf(
      TimeoutError,
    );
  });

  it('lets the caller cancel without reporting a failure', async () => {
    answer(async () => {
      await delay(500);
      return HttpResponse.json({ name: 'late', count: 1 });
    });
    const controller = new AbortController();
    const pending = fetchJson('/thing', thing, { signal: controller.signal });
    controller.abort();
    const error = await pending.catch((e: unknown) => e);
    expect(error).not.toBeInstanceOf(NetworkError);
    expect(error).not.toBeInstanceOf(TimeoutError);
  });
});

describe('query strings', () => {
  it('repeats array parameters and leaves out empty ones', () => {
    expect(
      toQueryString({
        districts: ['110111', '110116'],
        types: [],
        excludeIllustrative: true,
        q: '',
      }),
    ).toBe('?district=110111&district=110116&excludeIllustrative=true');
    expect(toQueryString({})).toBe('');
  });
});

describe('the embedded summary endpoint', () => {
  it('answers with a payload that meets the contract', async () => {
    const summary = await getSummary({});
    expect(summarySchema.safeParse(summary).success).toBe(true);
  });
  it('refuses malformed filters with a 400', async () => {
    const error = await fetchJson('/summary?from=yesterday', summarySchema).catch(
      (e: unknown) => e,
    );
    expect(error).toMatchObject({ status: 400, code: 'bad_request' });
  });
});
