/**
 * GET /sites/summary (every visited site within the filters) and GET /sites/{id}/summary (one
 * site in detail). Registered before /sites/:id.
 */
import { http, HttpResponse } from 'msw';
import { API_PREFIX } from '@/api/contract';
import type { Store } from '../db';
import { memoPerRevision } from '../lib/memo';
import { summarizeSite, summarizeSites } from '../lib/site-summary';
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
    http.get<{ id: string }>(`*${API_PREFIX}/sites/:id/summary`, ({ request, params }) => {
      const filters = readListParams(new URL(request.url));
      if ('error' in filters) return errorResponse(400, 'bad_request', filters.error);
      const activities = store.get('activities').values();
      const asOf = new Date().toISOString();
      return HttpResponse.json(
        summarizeSite(params.id, activities, store.get('sites'), filters, asOf),
      );
    }),
  ];
}
