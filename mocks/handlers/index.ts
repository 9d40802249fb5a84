import type { Store } from '../db';
import { demoHandlers } from './demo';
import { faultHandlers } from './faults';
import { recordHandlers } from './records';
import { referenceHandlers } from './reference';
import { siteSummaryHandlers } from './sites';
import { summaryHandlers } from './summary';

/** Every endpoint of the contract, over one store (the browser runs them in a worker). */
export function backendHandlers(store: Store) {
  return [
    // Before the reference handlers: /sites/summary must not be taken for /sites/:id.
    ...siteSummaryHandlers(store),
    ...referenceHandlers(store),
    ...recordHandlers(store),
    ...summaryHandlers(store),
    ...demoHandlers(store),
  ];
}

/** The endpoints behind the fault injection, in one list: what the tests run in Node. */
export function createHandlers(store: Store) {
  // Faults first, so an injected fault pre-empts the real answer.
  return [...faultHandlers, ...backendHandlers(store)];
}
