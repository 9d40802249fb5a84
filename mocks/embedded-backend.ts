/**
 * The embedded API in the browser. The demo backend's worker holds the IndexedDB-backed store and
 * runs the handlers off the main thread. The app's client reaches it directly (see
 * ./backend/direct-fetch.ts); MSW's service worker makes the same API answer any other request
 * of the page. Injected faults apply to both (they are set on the page's window).
 *
 * Only the worker's bridge is on the first screen's path. MSW (about 160 KB gzip, with its cookie
 * and URL libraries) loads when a fault is injected, or when `startServiceWorker` is called.
 */
import type { RequestHandler } from 'msw';
import { startBackendWorker } from './backend/connect';
import { answerInPage, directFetch, type Answer } from './backend/direct-fetch';

declare global {
  /**
   * Set once MSW's service worker answers the page's other requests: true, or false where the
   * browser allows no service worker. End-to-end tests wait for it before their own fetches.
   */
  var __reliefServiceWorkerApi: boolean | undefined;
}

export interface EmbeddedBackend {
  /**
   * Settles when the store has opened (from IndexedDB, or the seed on first use); rejects if it
   * cannot. Requests made before then wait for it in the worker.
   */
  ready: Promise<void>;
  /** The `fetch` the app's client should use. */
  fetch: typeof fetch;
  /** Starts MSW's service worker; call it once the first screen is drawn. */
  startServiceWorker(): Promise<void>;
}

/**
 * Starts the worker and answers at once: the page need not wait for the store to open (seconds
 * with 100,000 stored records) to draw its frame and loading states.
 */
export function startEmbeddedBackend(): EmbeddedBackend {
  const backend = startBackendWorker();
  let loaded: Promise<{ handlers: RequestHandler[]; answer: Answer }> | undefined;
  const loadPageHandlers = () =>
    (loaded ??= import('./backend/page-handlers').then(
      ({ pageHandlers, answerWith }) => {
        const handlers = pageHandlers(backend);
        return { handlers, answer: answerWith(handlers) };
      },
      (error: unknown) => {
        // A later call tries again. Chromium keeps a module it failed to fetch (offline) as failed
        // until the page reloads, so there the retry fails too; other browsers may fetch it anew.
        loaded = undefined;
        throw error;
      },
    ));
  return {
    ready: backend.ready,
    fetch: directFetch(answerInPage(backend, async () => (await loadPageHandlers()).answer)),
    async startServiceWorker() {
      const [{ startServiceWorker }, { handlers }] = await Promise.all([
        import('./backend/service-worker'),
        loadPageHandlers(),
      ]);
      globalThis.__reliefServiceWorkerApi = await startServiceWorker(handlers);
    },
  };
}
