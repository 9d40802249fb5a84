/**
 * How the embedded backend answers with each injected fault (see `injected-faults.ts` for how a
 * fault is set on the page's window). MSW runs these handlers in the page, where Playwright's
 * request routing cannot reach them.
 */
import { delay, http, HttpResponse } from 'msw';
import { API_PREFIX } from '@/api/contract';
import { errorResponse } from './http';
import { faultFor } from './injected-faults';

export const faultHandlers = [
  http.all(`*${API_PREFIX}/*`, async ({ request }) => {
    const fault = faultFor(request.method, new URL(request.url).pathname);
    switch (fault) {
      case undefined:
        return undefined; // no fault: the real handler answers
      case 'error500':
        return errorResponse(500, 'internal', 'Injected failure');
      case 'network':
        return HttpResponse.error();
      case 'delay':
        await delay(3000);
        return undefined;
      case 'malformed':
        return new HttpResponse('{"items": [', {
          headers: { 'Content-Type': 'application/json' },
        });
      case 'wrongType':
        return HttpResponse.json({ items: 'not a list', asOf: 42, totals: null });
    }
  }),
];
