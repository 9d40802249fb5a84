import { http, HttpResponse } from 'msw';
import { API_PREFIX } from '@/api/contract';
import type { Store } from '../db';
import { summarize } from '../lib/query';
import { errorResponse, readListParams } from './http';

export function summaryHandlers(store: Store) {
  return [
    http.get(`*${API_PREFIX}/summary`, ({ request }) => {
      const params = readListParams(new URL(request.url));
      if ('error' in params) return errorResponse(400, 'bad_request', params.error);
      return HttpResponse.json(
        summarize(
          store.get('activities').values(),
          store.get('funds').values(),
          params,
          new Date().toISOString(),
        ),
      );
    }),
  ];
}
