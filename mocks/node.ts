/** The embedded API in Node, for component tests: the same handlers over an in-memory store. */
import { setupServer } from 'msw/node';
import { seedDataset } from './data';
import { Store } from './db';
import { createHandlers } from './handlers';

export const testStore = new Store(() => structuredClone(seedDataset));
export const server = setupServer(...createHandlers(testStore));
