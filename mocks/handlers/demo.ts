/** Endpoints of the embedded demo backend only (a real server need not have them). */
import { http, HttpResponse } from 'msw';
import { API_PREFIX } from '@/api/contract';
import type { Store } from '../db';

export function demoHandlers(store: Store) {
  return [
    http.post(`*${API_PREFIX}/demo/reset`, async () => {
      await store.replace();
      return new HttpResponse(null, { status: 204 });
    }),
  ];
}
