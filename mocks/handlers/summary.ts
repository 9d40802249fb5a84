import { http, HttpResponse } from 'msw';
import { API_PREFIX } from '@/api/contract';
import type { Store } from '../db';
import { memoPerRevision } from '../lib/memo';
import { summarize } from '../lib/query';
import { errorResponse, readListParams } from './http';

export function summaryHandlers(store: Store) {
  const summaryOf = memoPerRevision(store, (url) => {
    const params = readListParams(url);
    if ('error' in params) return params;
    return summarize(store.get('activities').values(), store.get('funds').values(), params, '');
  });
  return [
    http.get(`*${API_PREFIX}/summary`, ({ request }) => {
      const summary = summaryOf(new URL(request.url));
      if ('error' in summary) return errorResponse(400, 'bad_request', summary.error);
      return HttpResponse.json({ ...summary, asOf: new Date().toISOString() });
    }),
  ];
}
