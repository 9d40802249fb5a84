import { afterEach, describe, expect, it, vi } from 'vitest';
import { underWorker } from '@mocks/backend/service-worker';

const WORKER = 'http://127.0.0.1/api-service-worker.js';

/** A browser's service-worker container as the page sees it: its controller and registrations. */
class FakeContainer extends EventTarget {
  controller: ServiceWorker | null = null;
  constructor(private registered: string[]) {
    super();
  }
  getRegistrations() {
    return Promise.resolve(
      this.registered.map(
        (scriptURL) =>
          ({
            installing: { scriptURL },
            waiting: null,
            active: null,
          }) as unknown as ServiceWorkerRegistration,
      ),
    );
  }
  /** The worker takes the page (clients.claim() as it activates). */
  takePage() {
    this.controller = { scriptURL: WORKER } as ServiceWorker;
    this.dispatchEvent(new Event('controllerchange'));
  }
}

afterEach(() => {
  vi.useRealTimers();
});

describe('starting the demo API’s service worker without MSW’s reload', () => {
  it('goes ahead at once on a page the worker controls', async () => {
    const container = new FakeContainer([WORKER]);
    container.controller = { scriptURL: WORKER } as ServiceWorker;
    await expect(underWorker(container, WORKER, 5000)).resolves.toBe(true);
  });

  it('goes ahead on a first visit, when the worker is not registered yet', async () => {
    // Another worker of the origin is not ours.
    const container = new FakeContainer(['http://127.0.0.1/other-worker.js']);
    await expect(underWorker(container, WORKER, 5000)).resolves.toBe(true);
  });

  it('waits for the worker to take a page opened while it installed, then goes ahead', async () => {
    vi.useFakeTimers();
    const container = new FakeContainer([WORKER]);
    const answer = underWorker(container, WORKER, 5000);
    await vi.advanceTimersByTimeAsync(1200);
    container.takePage();
    await expect(answer).resolves.toBe(true);
  });

  it('does without the worker when it never takes the page, instead of reloading it', async () => {
    vi.useFakeTimers();
    const container = new FakeContainer([WORKER]);
    let settled: boolean | undefined;
    void underWorker(container, WORKER, 5000).then((v) => (settled = v));
    await vi.advanceTimersByTimeAsync(4900);
    expect(settled).toBeUndefined();
    await vi.advanceTimersByTimeAsync(200);
    expect(settled).toBe(false);
  });
});
