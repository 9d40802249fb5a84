/**
 * How the page's requests reach the demo backend's worker, and a `fetch` for the app's client
 * that goes there directly.
 *
 * Through MSW's service worker, every request crossed the page's main thread twice more (page →
 * service worker → page → backend worker, and back), with its body copied each time: an import
 * of 100,000 rows spent about 10 s on that, and every filter change main-thread time. The app's
 * client therefore hands its requests to the worker from the page. The service worker is still
 * registered (after the first screen) so that the API also answers any other fetch on the page
 * (a link, the console, an end-to-end test), as a server would.
 */
import { API_PREFIX } from '@/api/contract';
import { faultFor } from '../handlers/injected-faults';
import type { BackendWorker } from './connect';

/** A request's answer, or undefined where no handler takes it (it then goes to the network). */
export type Answer = (request: Request) => Promise<Response | undefined>;

/**
 * The page's answer to a request of the app's client: an API request goes to the worker at once,
 * unless a fault is injected for it; then MSW's handlers (loaded by `withFaults` when first
 * needed) answer it, as they answer the service worker. MSW stays off the first screen's path
 * (about 160 KB gzip), and its matching, which reads the page's cookies for each handler it
 * tries (about 25 ms of a filter change at 100,000 activities), off every request.
 */
export function answerInPage(backend: BackendWorker, withFaults: () => Promise<Answer>): Answer {
  return async (request) => {
    const { pathname } = new URL(request.url);
    if (!pathname.startsWith(`${API_PREFIX}/`)) return undefined;
    if (!faultFor(request.method, pathname)) return backend.fetch(request);
    return (await withFaults())(request);
  };
}

const aborted = (signal: AbortSignal) =>
  signal.reason instanceof Error ? signal.reason : new DOMException('Aborted', 'AbortError');

/**
 * A `fetch` answered by `answer` where it gives a response (else by the network), and like the
 * browser's: a network-error answer rejects with a TypeError, and an aborted signal rejects at
 * once, without waiting for the answer.
 */
export function directFetch(answer: Answer): typeof fetch {
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
      response = await Promise.race([answer(request), cancelled]);
    } finally {
      stopWaiting();
    }
    if (!response) return fetch(request);
    if (response.type === 'error') throw new TypeError('Failed to fetch');
    return response;
  };
}
