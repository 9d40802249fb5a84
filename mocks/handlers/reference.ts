/** Read-only reference data: districts, their boundaries, organizations, sites. */
import { http, HttpResponse } from 'msw';
import { API_PREFIX, type Site } from '@/api/contract';
import type { Store } from '../db';
import boundariesText from '../data/geo/beijing-districts.geojson?raw';
import { notFound } from './http';

export const BOUNDARY_ATTRIBUTION =
  'District boundaries: Apache ECharts 4.9.0 Beijing map (Apache-2.0)';

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
    http.get<{ id: string }>(`*${API_PREFIX}/sites/:id`, ({ params }) => {
      const s = store.get('sites').get(params.id);
      return s ? HttpResponse.json(s) : notFound('Site', params.id);
    }),
  ];
}
