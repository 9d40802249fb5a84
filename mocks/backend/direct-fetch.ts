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
import { API_PREFIX } from '@/api/contract';
import { faultFor, faultHandlers } from '../handlers/faults';
import { apiPattern, type BackendWorker } from './connect';

/** Injected faults first (they are set on the page's window), then the worker answers. */
export function pageHandlers(backend: BackendWorker): RequestHandler[] {
  return [...faultHandlers, http.all(apiPattern, ({ request }) => backend.fetch(request))];
}

/** A request's answer, or undefined where no handler takes it (it then goes to the network). */
export type Answer = (request: Request) => Promise<Response | undefined>;

/**
 * The page's answer to a request: the same as `pageHandlers`, with a short way for the common
 * case. MSW's matching reads the page's cookies for each handler it tries, about 25 ms of a
 * filter change's main thread at 100,000 activities, so an API request without an injected
 * fault goes to the worker at once.
 */
export function answerInPage(backend: BackendWorker): Answer {
  const handlers = pageHandlers(backend);
  return (request) => {
    const { pathname } = new URL(request.url);
    if (pathname.startsWith(`${API_PREFIX}/`) && !faultFor(request.method, pathname))
      return backend.fetch(request);
    return getResponse(handlers, request);
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
