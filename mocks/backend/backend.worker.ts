/// <reference lib="webworker" />
/**
 * The demo backend's own thread. It holds the store and runs every handler, so summaries over
 * 100,000 activities and 5,000-item import batches never take the page's main thread. The page
 * keeps only MSW's service-worker client, which forwards API requests here (see ./connect.ts).
 */
// First: MSW needs it while it loads.
import './worker-globals';
import { seedDataset } from '../data';
import { Store } from '../db';
import { backendHandlers } from '../handlers';
import { indexedDbPersistence } from '../indexeddb';
import { answerer } from './answer';
import { transferOf, type BackendMessage, type WireRequest } from './wire';

declare const self: DedicatedWorkerGlobalScope;

const post = (message: BackendMessage) =>
  self.postMessage(message, 'body' in message ? transferOf(message) : []);

const store = new Store(() => structuredClone(seedDataset), indexedDbPersistence());
// Store.open() falls back to memory by itself; a rejection here is a bug worth showing at boot.
const opened = store.open().then(
  () => post({ type: 'ready' }),
  (e: unknown) => {
    post({ type: 'failed', message: e instanceof Error ? e.message : String(e) });
    throw e;
  },
);
const answer = answerer(backendHandlers(store), opened);

self.addEventListener('message', (event: MessageEvent<WireRequest>) => {
  void answer(event.data).then((response) => post({ type: 'response', ...response }));
});
