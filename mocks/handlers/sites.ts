/** GET /sites/summary: per-site aggregates within the filters. Registered before /sites/:id. */
import { http, HttpResponse } from 'msw';
import { API_PREFIX } from '@/api/contract';
import type { Store } from '../db';
import { summarizeSites } from '../lib/site-summary';
import { errorResponse, readListParams } from './http';

export function siteSummaryHandlers(store: Store) {
  return [
    http.get(`*${API_PREFIX}/sites/summary`, ({ request }) => {
      const params = readListParams(new URL(request.url));
      if ('error' in params) return errorResponse(400, 'bad_request', params.error);
      return HttpResponse.json(
        summarizeSites(
          store.get('activities').values(),
          store.get('sites'),
          params,
          new Date().toISOString(),
        ),
      );
    }),
  ];
}
