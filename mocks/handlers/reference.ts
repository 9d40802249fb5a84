/** Read-only reference data: districts, their boundaries, organizations, sites. */
import { http, HttpResponse } from 'msw';
import {
  API_PREFIX,
  organizationInputSchema,
  siteInputSchema,
  type Organization,
  type Site,
} from '@/api/contract';
import type { Store } from '../db';
import boundariesText from '../data/geo/beijing-districts.geojson?raw';
import { errorResponse, notFound, readBody } from './http';

/** The boundaries' source, named as its licence asks; the app labels it in the reader's language. */
export const BOUNDARY_ATTRIBUTION = 'Apache ECharts 4.9.0 Beijing map (Apache-2.0)';

let boundaries: Record<string, unknown> | null = null;

export function referenceHandlers(store: Store) {
  return [
    http.get(`*${API_PREFIX}/districts`, () =>
      HttpResponse.json([...store.get('districts').values()]),
    ),
    http.get(`*${API_PREFIX}/districts/boundaries`, () => {
      boundaries ??= {
        ...(JSON.parse(boundariesText) as Record<string, unknown>),
        attribution: BOUNDARY_ATTRIBUTION,
      };
      return HttpResponse.json(boundaries);
    }),
    http.get<{ code: string }>(`*${API_PREFIX}/districts/:code`, ({ params }) => {
      const d = store.get('districts').get(params.code);
      return d ? HttpResponse.json(d) : notFound('District', params.code);
    }),
    http.get(`*${API_PREFIX}/organizations`, () =>
      HttpResponse.json([...store.get('organizations').values()]),
    ),
    http.post(`*${API_PREFIX}/organizations`, async ({ request }) => {
      // A retried save (same Idempotency-Key) returns the organization the first attempt created.
      const key = request.headers.get('Idempotency-Key');
      const earlier = key ? store.idFor(key) : undefined;
      const existing = earlier ? store.get('organizations').get(earlier) : undefined;
      if (existing) return HttpResponse.json(existing, { status: 200 });

      const body = await readBody(request, organizationInputSchema);
      if (!body.ok) return body.response;
      const { districtCode } = body.data;
      if (districtCode !== null && !store.get('districts').has(districtCode)) {
        return errorResponse(422, 'validation_failed', 'Some references do not exist', {
          issues: [{ path: ['districtCode'], message: 'unknown_district' }],
        });
      }
      const organization: Organization = { ...body.data, id: store.newId('org') };
      await store.put('organizations', organization);
      if (key) await store.rememberIdempotencyKey(key, organization.id);
      return HttpResponse.json(organization, { status: 201 });
    }),
    http.get<{ id: string }>(`*${API_PREFIX}/organizations/:id`, ({ params }) => {
      const o = store.get('organizations').get(params.id);
      return o ? HttpResponse.json(o) : notFound('Organization', params.id);
    }),
    http.get(`*${API_PREFIX}/sites`, ({ request }) => {
      const districts = new URL(request.url).searchParams.getAll('district');
      let sites: Site[] = [...store.get('sites').values()];
      if (districts.length) sites = sites.filter((s) => districts.includes(s.districtCode));
      return HttpResponse.json(sites);
    }),
    http.post(`*${API_PREFIX}/sites`, async ({ request }) => {
      // A retried save (same Idempotency-Key) returns the site the first attempt created.
      const key = request.headers.get('Idempotency-Key');
      const earlier = key ? store.idFor(key) : undefined;
      const existing = earlier ? store.get('sites').get(earlier) : undefined;
      if (existing) return HttpResponse.json(existing, { status: 200 });

      const body = await readBody(request, siteInputSchema);
      if (!body.ok) return body.response;
      if (!store.get('districts').has(body.data.districtCode)) {
        return errorResponse(422, 'validation_failed', 'Some references do not exist', {
          issues: [{ path: ['districtCode'], message: 'unknown_district' }],
        });
      }
      const clientId = body.data.id;
      if (clientId !== undefined && store.get('sites').has(clientId)) {
        return errorResponse(422, 'validation_failed', 'A site with this id exists already', {
          issues: [{ path: ['id'], message: 'id_taken' }],
        });
      }
      const site: Site = { ...body.data, id: clientId ?? store.newId('site') };
      await store.put('sites', site);
      if (key) await store.rememberIdempotencyKey(key, site.id);
      return HttpResponse.json(site, { status: 201 });
    }),
    http.get<{ id: string }>(`*${API_PREFIX}/sites/:id`, ({ params }) => {
      const s = store.get('sites').get(params.id);
      return s ? HttpResponse.json(s) : notFound('Site', params.id);
    }),
  ];
}
