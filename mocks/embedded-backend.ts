/**
 * The embedded API in the browser. The demo backend's worker holds the IndexedDB-backed store and
 * runs the handlers off the main thread. The app's client reaches it directly (see
 * ./backend/direct-fetch.ts); MSW's service worker makes the same API answer any other request
 * of the page. Injected faults apply to both (they are set on the page's window).
 */
import type { RequestHandler } from 'msw';
import { setupWorker } from 'msw/browser';
import { startBackendWorker } from './backend/connect';
import { answerInPage, directFetch, pageHandlers } from './backend/direct-fetch';

/**
 * MSW checks for a newer worker script with a fire-and-forget `registration.update()`. When that
 * check fails (the page is navigating away, the registration is being replaced) nothing is wrong —
 * the running worker keeps answering — but the rejection would surface as an uncaught error.
 */
function ignoreFailedWorkerUpdateChecks() {
  window.addEventListener('unhandledrejection', (event) => {
    const reason: unknown = event.reason;
    if (reason instanceof Error && reason.message.startsWith('Failed to update a ServiceWorker'))
      event.preventDefault();
  });
}

/**
 * Resolves, once the store has opened, with the `fetch` the app's client should use. The service
 * worker starts where the browser allows one (https:// or localhost, not a private window of
 * some browsers); elsewhere, such as a meeting-room PC opening http://192.168.… of another, the
 * dashboard works all the same, only other requests of the page do not reach the API.
 */
export async function startEmbeddedBackend(): Promise<typeof fetch> {
  ignoreFailedWorkerUpdateChecks();
  const backend = startBackendWorker();
  await Promise.all([backend.ready, startServiceWorker(pageHandlers(backend))]);
  return directFetch(answerInPage(backend));
}

async function startServiceWorker(handlers: RequestHandler[]): Promise<void> {
  if (!window.isSecureContext || !('serviceWorker' in navigator)) return;
  try {
    await setupWorker(...handlers).start({
      quiet: true,
      serviceWorker: { url: `${import.meta.env.BASE_URL}api-service-worker.js` },
      // Assets, fonts and (opt-in) tiles pass through untouched.
      onUnhandledRequest: 'bypass',
    });
  } catch (e) {
    // The app does not need it: say why other requests will not reach the API, and go on.
    console.warn('Demo backend: the service worker did not start', e);
  }
}
