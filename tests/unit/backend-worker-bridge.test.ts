/**
 * The page ↔ worker bridge of the embedded backend. The real Worker is replaced by an in-process
 * stand-in that runs the worker's own `answerer` over the real handlers; messages cross a
 * structured-clone boundary with transfers, as between threads, so a body used twice or a
 * non-cloneable message fails here as it would in the browser.
 */
import { http, HttpResponse } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import { seedDataset } from '@mocks/data';
import { Store } from '@mocks/db';
import { startBackendWorker } from '@mocks/backend/connect';
import { backendHandlers } from '@mocks/handlers';
import { InProcessWorker } from '../support/in-process-worker';
import type { FundAllocation } from '@/api/contract';

const api = (path: string) => `http://localhost/api/v1${path}`;

function seededBackend() {
  const store = new Store(() => structuredClone(seedDataset));
  const worker = new InProcessWorker(backendHandlers(store));
  return { store, worker, backend: startBackendWorker(worker as unknown as Worker) };
}

describe('embedded backend worker bridge', () => {
  it('carries a create, a read and a delete through the thread boundary', async () => {
    const { backend, store } = seededBackend();
    await backend.ready;
    const organization = [...store.get('organizations').keys()][0]!;
    const purpose = { zh: '防汛救灾专项资金 <img src=x onerror=alert(1)>', en: 'Flood relief' };
    const created = await backend.fetch(
      new Request(api('/funds'), {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-User-Name': encodeURIComponent('王芳') },
        body: JSON.stringify({
          date: '2023-08-03',
          sourceOrganizationId: organization,
          recipientDistrictCode: '110111',
          amount: { yuan: 50_000, basis: 'illustrative' },
          purpose,
          provenance: { kind: 'illustrative', note: '' },
        }),
      }),
    );
    expect(created.status).toBe(201);
    const fund = (await created.json()) as FundAllocation;
    expect(fund).toMatchObject({ purpose, createdBy: '王芳' });
    expect(store.get('funds').get(fund.id)?.amount?.yuan).toBe(50_000);

    const read = await backend.fetch(new Request(api(`/funds/${fund.id}`)));
    expect(read.headers.get('Content-Type')).toMatch(/json/);
    expect(((await read.json()) as FundAllocation).purpose).toEqual(purpose);

    const deleted = await backend.fetch(
      new Request(api(`/funds/${fund.id}`), { method: 'DELETE' }),
    );
    expect(deleted.status).toBe(204);
    expect(await deleted.text()).toBe('');
    expect(store.get('funds').has(fund.id)).toBe(false);
  });

  it('answers the same refusals as the handlers, and a JSON 404 for an unknown path', async () => {
    const { backend } = seededBackend();
    const refused = await backend.fetch(new Request(api('/summary?district=x')));
    expect(refused.status).toBe(400);
    expect(await refused.json()).toMatchObject({ error: { code: 'bad_request' } });

    const unknown = await backend.fetch(new Request(api('/no-such-thing')));
    expect(unknown.status).toBe(404);
    expect(await unknown.json()).toMatchObject({
      error: { code: 'not_found', message: 'No endpoint GET /api/v1/no-such-thing' },
    });
  });

  it('keeps concurrent answers with their requests', async () => {
    const { backend } = seededBackend();
    const paths = [
      '/districts',
      '/organizations',
      '/summary',
      '/activities?limit=3',
      '/funds?limit=2',
    ];
    const answers = await Promise.all(paths.map((p) => backend.fetch(new Request(api(p)))));
    const bodies = (await Promise.all(answers.map((r) => r.json()))) as Record<string, unknown>[];
    expect(bodies[2]).toHaveProperty('totals');
    expect((bodies[3] as { items: unknown[] }).items).toHaveLength(3);
    expect((bodies[4] as { items: unknown[] }).items).toHaveLength(2);
  });

  it('turns a network-error answer into a failed fetch and a throwing handler into a 500', async () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    const worker = new InProcessWorker([
      http.get('*/api/v1/offline', () => HttpResponse.error()),
      http.get('*/api/v1/broken', () => {
        throw new Error('store is corrupt');
      }),
    ]);
    const backend = startBackendWorker(worker as unknown as Worker);
    expect((await backend.fetch(new Request(api('/offline')))).type).toBe('error');
    const broken = await backend.fetch(new Request(api('/broken')));
    expect(broken.status).toBe(500);
    expect(await broken.json()).toMatchObject({ error: { message: 'store is corrupt' } });
    expect(logged).toHaveBeenCalledWith('Demo backend: a handler failed', expect.any(Error));
    logged.mockRestore();
  });

  it('says the backend stopped, and why, when its worker dies', async () => {
    const never = new Promise<never>(() => {});
    const worker = new InProcessWorker([], never);
    const backend = startBackendWorker(worker as unknown as Worker);
    const waiting = backend.fetch(new Request(api('/summary')));
    await new Promise((resolve) => setTimeout(resolve, 0));
    worker.crash('SyntaxError: Unexpected token');

    await expect(backend.ready).rejects.toThrow(/Unexpected token/);
    for (const response of [await waiting, await backend.fetch(new Request(api('/districts')))]) {
      expect(response.status).toBe(503);
      expect(await response.json()).toMatchObject({
        error: { code: 'backend_unavailable', message: expect.stringMatching(/Unexpected token/) },
      });
    }
  });
});
