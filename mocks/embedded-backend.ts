/** The embedded API in the browser: MSW's service worker over an IndexedDB-backed store. */
import { setupWorker } from 'msw/browser';
import { seedDataset } from './data';
import { Store } from './db';
import { createHandlers } from './handlers';
import { indexedDbPersistence } from './indexeddb';

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
  const store = new Store(() => structuredClone(seedDataset), indexedDbPersistence());
  await store.open();
  const worker = setupWorker(...createHandlers(store));
  await worker.start({
    quiet: true,
    serviceWorker: { url: `${import.meta.env.BASE_URL}mockServiceWorker.js` },
    // Assets, fonts and (opt-in) tiles pass through untouched.
    onUnhandledRequest: 'bypass',
  });
}
