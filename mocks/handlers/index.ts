import type { Store } from '../db';
import { demoHandlers } from './demo';
import { faultHandlers } from './faults';
import { recordHandlers } from './records';
import { referenceHandlers } from './reference';
import { siteSummaryHandlers } from './sites';
import { summaryHandlers } from './summary';

/** Every endpoint of the contract, over one store. The browser and the tests use the same list. */
export function createHandlers(store: Store) {
  return [
    // First, so an injected fault pre-empts the real answer.
    ...faultHandlers,
    // Before the reference handlers: /sites/summary must not be taken for /sites/:id.
    ...siteSummaryHandlers(store),
    ...referenceHandlers(store),
    ...recordHandlers(store),
    ...summaryHandlers(store),
    ...demoHandlers(store),
  ];
}
