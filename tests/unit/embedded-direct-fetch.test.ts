/**
 * The app's client talking to the embedded backend without the service worker: the typed client
 * (setTransport) → directFetch → the page's handlers (faults, then forwarding) → the backend
 * worker (an in-process stand-in running the worker's own answerer over the real handlers).
 */
import { delay, getResponse, http } from 'msw';
import { afterEach, describe, expect, it } from 'vitest';
import { createActivityBatchFromJson } from '@/api/resources/activities';
import { getSummary } from '@/api/resources/summary';
import { setTransport } from '@/api/client';
import type { ApiError } from '@/api/errors';
import { ContractError, NetworkError } from '@/api/errors';
import { seedDataset } from '@mocks/data';
import { Store } from '@mocks/db';
import { startBackendWorker } from '@mocks/backend/connect';
import { answerInPage, directFetch } from '@mocks/backend/direct-fetch';
import { answerWith, pageHandlers } from '@mocks/backend/page-handlers';
import { backendHandlers } from '@mocks/handlers';
import { InProcessWorker } from '../support/in-process-worker';

/** Requests handed to the page's MSW handlers (which the browser loads only for those). */
let throughMsw = 0;

async function embedded() {
  const store = new Store(() => structuredClone(seedDataset));
  const backend = startBackendWorker(
    new InProcessWorker(backendHandlers(store)) as unknown as Worker,
  );
  await backend.ready;
  throughMsw = 0;
  const withFaults = async () => {
    throughMsw += 1;
    return answerWith(pageHandlers(backend));
  };
  setTransport(directFetch(answerInPage(backend, withFaults)));
  return store;
}

afterEach(() => {
  globalThis.__reliefFaults = undefined;
  setTransport((input, init) => fetch(input, init));
});

describe("the client's direct line to the embedded backend", () => {
  it('answers a summary from the store behind the worker', async () => {
    const store = await embedded();
    // Unlike the tests' shared store, so an answer from anywhere else would not match.
    await store.remove('activities', [...store.get('activities').keys()][0]!);
    const summary = await getSummary({});
    expect(summary.totals.activities.reported + summary.totals.activities.illustrative).toBe(
      store.get('activities').size,
    );
    // Without an injected fault, MSW is not needed.
    expect(throughMsw).toBe(0);
  });

  it('stores an import batch sent as UTF-8 bytes, Chinese and hostile text intact', async () => {
    const store = await embedded();
    const title = '怀柔区慰问 <img src=x onerror=alert(1)> =HYPERLINK("x")';
    const items = [0, 1, 2].map((i) => ({
      date: '2023-08-07',
      type: 'condolence_visit',
      title: { zh: `${title} ${i}`, en: '' },
      organizationId: seedDataset.organizations[0]!.id,
      provenance: { kind: 'entered', note: '导入自 a.csv' },
    }));
    const body = new TextEncoder().encode(JSON.stringify({ items }));
    const result = await createActivityBatchFromJson(body, { idempotencyKey: 'run:batch:0' });
    expect(result.created).toBe(3);
    expect(store.get('activities').get(result.ids[2]!)?.title.zh).toBe(`${title} 2`);
    // The same key again creates nothing new.
    const again = await createActivityBatchFromJson(body, { idempotencyKey: 'run:batch:0' });
    expect(again.ids).toEqual(result.ids);
  });

  it('applies injected faults as the typed errors the app shows', async () => {
    await embedded();
    globalThis.__reliefFaults = { '/api/v1/summary': 'network' };
    await expect(getSummary({})).rejects.toBeInstanceOf(NetworkError);
    expect(throughMsw).toBe(1);
    globalThis.__reliefFaults = { '/api/v1/summary': 'malformed' };
    await expect(getSummary({})).rejects.toBeInstanceOf(ContractError);
    globalThis.__reliefFaults = { '/api/v1/summary': 'error500' };
    await expect(getSummary({})).rejects.toMatchObject({ status: 500 } satisfies Partial<ApiError>);
    // A fault for another method or path leaves this request to the worker.
    globalThis.__reliefFaults = { 'POST /api/v1/summary': 'error500', '/api/v1/sites': 'network' };
    const summary = await getSummary({});
    expect(summary.totals.activities.reported).toBeGreaterThan(0);
    expect(throughMsw).toBe(3);
  });

  it('gives up at once when the caller cancels, without waiting for the answer', async () => {
    const slow = directFetch((request) =>
      getResponse(
        [
          http.get('*/api/v1/slow', async () => {
            await delay(5_000);
            return new Response('{}');
          }),
        ],
        request,
      ),
    );
    const controller = new AbortController();
    const started = Date.now();
    const answer = slow('http://localhost/api/v1/slow', { signal: controller.signal });
    setTimeout(() => controller.abort(), 20);
    await expect(answer).rejects.toMatchObject({ name: 'AbortError' });
    expect(Date.now() - started).toBeLessThan(2_000);
    await expect(
      slow('http://localhost/api/v1/slow', { signal: AbortSignal.abort() }),
    ).rejects.toMatchObject({ name: 'AbortError' });
  });
});
