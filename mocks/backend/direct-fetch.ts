/**
 * How the page's requests reach the demo backend's worker, and a `fetch` for the app's client
 * that goes there directly.
 *
 * Through MSW's service worker, every request crossed the page's main thread twice more (page →
 * service worker → page → backend worker, and back), with its body copied each time: an import
 * of 100,000 rows spent about 10 s on that, and every filter change main-thread time. The app's
 * client therefore hands its requests to the same handlers in the page, which forward them to
 * the worker. The service worker stays registered so that the API also answers any other fetch
 * on the page (a link, the console, an end-to-end test), as a server would.
 */
import { getResponse, http, type RequestHandler } from 'msw';
import { faultHandlers } from '../handlers/faults';
import { apiPattern, type BackendWorker } from './connect';

/** Injected faults first (they are set on the page's window), then the worker answers. */
export function pageHandlers(backend: BackendWorker): RequestHandler[] {
  return [...faultHandlers, http.all(apiPattern, ({ request }) => backend.fetch(request))];
}

const aborted = (signal: AbortSignal) =>
  signal.reason instanceof Error ? signal.reason : new DOMException('Aborted', 'AbortError');

/**
 * A `fetch` answered by `handlers` where they match (else by the network), and like the
 * browser's: a network-error answer rejects with a TypeError, and an aborted signal rejects at
 * once, without waiting for the answer.
 */
export function directFetch(handlers: RequestHandler[]): typeof fetch {
  return async (input, init) => {
    const request = new Request(input, init);
    const { signal } = request;
    if (signal.aborted) throw aborted(signal);
    let stopWaiting = () => {};
    const cancelled = new Promise<never>((_, reject) => {
      const onAbort = () => reject(aborted(signal));
      signal.addEventListener('abort', onAbort, { once: true });
      stopWaiting = () => signal.removeEventListener('abort', onAbort);
    });
    let response: Response | undefined;
    try {
      response = await Promise.race([getResponse(handlers, request), cancelled]);
    } finally {
      stopWaiting();
    }
    if (!response) return fetch(request);
    if (response.type === 'error') throw new TypeError('Failed to fetch');
    return response;
  };
}
