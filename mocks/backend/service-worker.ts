/**
 * MSW's service worker, which makes the embedded API answer any other request of the page (a
 * link's fetch, the console, an end-to-end test) as a server would. The app itself does not need
 * it (its client talks to the backend worker directly), so it starts after the first screen.
 */
import type { RequestHandler } from 'msw';
import { setupWorker } from 'msw/browser';

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
 * Starts where the browser allows a service worker (https:// or localhost, not a private window
 * of some browsers); elsewhere, such as a meeting-room PC opening http://192.168.… of another,
 * the dashboard works all the same, only other requests of the page do not reach the API.
 * Resolves true once the worker answers, false where it cannot.
 */
export async function startServiceWorker(handlers: RequestHandler[]): Promise<boolean> {
  if (!window.isSecureContext || !('serviceWorker' in navigator)) return false;
  ignoreFailedWorkerUpdateChecks();
  try {
    await setupWorker(...handlers).start({
      quiet: true,
      serviceWorker: { url: `${import.meta.env.BASE_URL}api-service-worker.js` },
      // Assets, fonts and (opt-in) tiles pass through untouched.
      onUnhandledRequest: 'bypass',
    });
    return true;
  } catch (e) {
    // The app does not need it: say why other requests will not reach the API, and go on.
    console.warn('Demo backend: the service worker did not start', e);
    return false;
  }
}
