/** Shared pieces of the embedded API: reading filters, writing errors, validating bodies. */
import type { z } from 'zod';
import {
  activityTypeSchema,
  districtCodeSchema,
  goodsKindSchema,
  isoDateSchema,
  type ApiErrorBody,
  type ListParams,
} from '@/api/contract';

/** A plain Response (not MSW's), so that the page can answer with one without loading MSW. */
export function errorResponse(
  status: number,
  code: string,
  message: string,
  extra: Partial<ApiErrorBody['error']> = {},
) {
  const body: ApiErrorBody = { error: { code, message, ...extra } };
  return Response.json(body, { status });
}

export const notFound = (what: string, id: string) =>
  errorResponse(404, 'not_found', `${what} "${id}" does not exist`);

/** Reads list parameters; an unparseable value is a 400 rather than silently ignored. */
export function readListParams(url: URL): ListParams | { error: string } {
  const p = url.searchParams;
  const from = p.get('from') ?? undefined;
  const to = p.get('to') ?? undefined;
  for (const [name, value] of [
    ['from', from],
    ['to', to],
  ] as const) {
    if (value !== undefined && !isoDateSchema.safeParse(value).success)
      return { error: `${name} must be a date YYYY-MM-DD` };
  }
  const districts = p.getAll('district');
  if (districts.some((d) => !districtCodeSchema.safeParse(d).success))
    return { error: 'district must be an admin code such as 110111' };
  const types = p.getAll('type');
  if (types.some((t) => !activityTypeSchema.safeParse(t).success))
    return { error: `type must be one of ${activityTypeSchema.options.join(', ')}` };
  const goodsKinds = p.getAll('goodsKind');
  if (goodsKinds.some((g) => !goodsKindSchema.safeParse(g).success))
    return { error: `goodsKind must be one of ${goodsKindSchema.options.join(', ')}` };
  const int = (name: string) => {
    const v = p.get(name);
    return v === null ? undefined : Number.parseInt(v, 10);
  };
  const offset = int('offset');
  const limit = int('limit');
  if ((offset !== undefined && !(offset >= 0)) || (limit !== undefined && !(limit > 0)))
    return { error: 'offset must be ≥ 0 and limit > 0' };
  return {
    from,
    to,
    districts,
    types: types as ListParams['types'],
    organizations: p.getAll('organization'),
    goodsKinds: goodsKinds as ListParams['goodsKinds'],
    excludeIllustrative: p.get('excludeIllustrative') === 'true',
    q: p.get('q') ?? undefined,
    offset,
    limit,
    sort: p.get('sort') ?? undefined,
  };
}

/** Parses a JSON body against an input schema; failures become the documented 422 shape. */
export async function readBody<S extends z.ZodType>(
  request: Request,
  schema: S,
): Promise<{ ok: true; data: z.output<S> } | { ok: false; response: Response }> {
  let json: unknown;
  try {
    json = await request.json();
  } catch {
    return { ok: false, response: errorResponse(400, 'bad_request', 'Body is not valid JSON') };
  }
  const parsed = schema.safeParse(json);
  if (parsed.success) return { ok: true, data: parsed.data };
  return {
    ok: false,
    response: errorResponse(422, 'validation_failed', 'Some fields are invalid', {
      issues: parsed.error.issues.map((i) => ({
        path: i.path.filter((k): k is string | number => typeof k !== 'symbol'),
        message: i.message,
      })),
    }),
  };
}

/** Name of the person recording (sent URI-encoded so Chinese names survive HTTP headers). */
export function actorOf(request: Request): string {
  const raw = request.headers.get('X-User-Name');
  if (!raw) return 'anonymous';
  try {
    return decodeURIComponent(raw).slice(0, 100) || 'anonymous';
  } catch {
    return 'anonymous';
  }
}

/** Version the client started from, for optimistic concurrency (If-Match: "3"). */
export function expectedVersion(request: Request): number | null {
  const raw = request.headers.get('If-Match');
  if (!raw) return null;
  const n = Number.parseInt(raw.replace(/"/g, ''), 10);
  return Number.isFinite(n) ? n : null;
}
