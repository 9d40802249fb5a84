/**
 * The embedded API in the browser. MSW's service worker catches the app's requests; the page
 * applies injected faults (they are set on the page's window) and forwards the rest to the demo
 * backend's worker, which holds the IndexedDB-backed store and runs the handlers off the main
 * thread.
 */
import { http } from 'msw';
import { setupWorker } from 'msw/browser';
import { apiPattern, startBackendWorker } from './backend/connect';
import { faultHandlers } from './handlers/faults';

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

export async function startEmbeddedBackend(): Promise<void> {
  ignoreFailedWorkerUpdateChecks();
  const backend = startBackendWorker();
  const serviceWorker = setupWorker(
    ...faultHandlers,
    http.all(apiPattern, ({ request }) => backend.fetch(request)),
  );
  await Promise.all([
    backend.ready,
    serviceWorker.start({
      quiet: true,
      serviceWorker: { url: `${import.meta.env.BASE_URL}mockServiceWorker.js` },
      // Assets, fonts and (opt-in) tiles pass through untouched.
      onUnhandledRequest: 'bypass',
    }),
  ]);
}
