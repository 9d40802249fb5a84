/** GET /sites/summary: per-site aggregates within the filters. Registered before /sites/:id. */
import { http, HttpResponse } from 'msw';
import { API_PREFIX } from '@/api/contract';
import type { Store } from '../db';
import { memoPerRevision } from '../lib/memo';
import { summarizeSites } from '../lib/site-summary';
import { errorResponse, readListParams } from './http';

export function siteSummaryHandlers(store: Store) {
  const summaryOf = memoPerRevision(store, (url) => {
    const params = readListParams(url);
    if ('error' in params) return params;
    return summarizeSites(store.get('activities').values(), store.get('sites'), params, '');
  });
  return [
    http.get(`*${API_PREFIX}/sites/summary`, ({ request }) => {
      const summary = summaryOf(new URL(request.url));
      if ('error' in summary) return errorResponse(400, 'bad_request', summary.error);
      return HttpResponse.json({ ...summary, asOf: new Date().toISOString() });
    }),
  ];
}
