/** Endpoints of the embedded demo backend only (a real server need not have them). */
import { http, HttpResponse } from 'msw';
import { z } from 'zod';
import { API_PREFIX, type DemoStatus } from '@/api/contract';
import type { Store } from '../db';
import { errorResponse } from './http';

/** Sizes for a generated dataset: the benchmark's "100,000 activities and 5,000 sites". */
const generateRequestSchema = z.object({
  activities: z.number().int().min(0).max(500_000),
  sites: z.number().int().min(0).max(50_000),
  seed: z.number().int().default(1),
});

export function demoHandlers(store: Store) {
  return [
    // How the browser store opened: records set aside, or a fallback to memory.
    http.get(`*${API_PREFIX}/demo/status`, () => {
      const body: DemoStatus = { ...store.loadReport };
      return HttpResponse.json(body);
    }),
    http.post(`*${API_PREFIX}/demo/reset`, async () => {
      await store.replace();
      return new HttpResponse(null, { status: 204 });
    }),
    // Replaces the demo data with a deterministic generated dataset (all illustrative).
    http.post(`*${API_PREFIX}/demo/generate`, async ({ request }) => {
      const parsed = generateRequestSchema.safeParse(await request.json().catch(() => null));
      if (!parsed.success)
        return errorResponse(400, 'bad_request', 'expected { activities, sites, seed? }');
      // Loaded on demand: the generator is not part of the everyday demo backend.
      const { generateDataset } = await import('../data/generator');
      await store.replace(generateDataset(parsed.data));
      return HttpResponse.json({
        activities: parsed.data.activities,
        sites: parsed.data.sites,
      });
    }),
  ];
}
