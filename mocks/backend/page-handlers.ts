/**
 * The page's MSW handlers: injected faults first, then the backend worker. MSW's service worker
 * runs them for any request of the page; the app's client runs them only when a fault is set
 * (see ./direct-fetch.ts). Loaded on demand: MSW is about 160 KB gzip.
 */
import { getResponse, http, type RequestHandler } from 'msw';
import { faultHandlers } from '../handlers/faults';
import { apiPattern, type BackendWorker } from './connect';
import type { Answer } from './direct-fetch';

export function pageHandlers(backend: BackendWorker): RequestHandler[] {
  return [...faultHandlers, http.all(apiPattern, ({ request }) => backend.fetch(request))];
}

export const answerWith =
  (handlers: RequestHandler[]): Answer =>
  (request) =>
    getResponse(handlers, request);
