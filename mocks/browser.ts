/** The embedded API in the browser: MSW's service worker over an IndexedDB-backed store. */
import { setupWorker } from 'msw/browser';
import { seedDataset } from './data';
import { Store } from './db';
import { createHandlers } from './handlers';
import { indexedDbPersistence } from './indexeddb';

export async function startEmbeddedBackend(): Promise<void> {
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
