/**
 * Activities and fund allocations: list, get, create, update, delete. Both resources behave
 * the same way, so one factory serves them (see docs/api.md, "Writing records").
 */
import { http, HttpResponse } from 'msw';
import { z } from 'zod';
import {
  ACTIVITY_BATCH_MAX,
  API_PREFIX,
  activityInputSchema,
  fundAllocationInputSchema,
  type Activity,
  type FundAllocation,
  type ListParams,
} from '@/api/contract';
import type { Store } from '../db';
import { listActivities, listFunds, type Lookup, type Page } from '../lib/query';
import {
  actorOf,
  errorResponse,
  expectedVersion,
  notFound,
  readBody,
  readListParams,
} from './http';

type Issue = { path: (string | number)[]; message: string };

interface ResourceSpec<R extends { id: string; version: number }, S extends z.ZodType> {
  path: string;
  label: string;
  collection: 'activities' | 'funds';
  idPrefix: string;
  inputSchema: S;
  list: (all: Iterable<R>, params: ListParams, lookup: Lookup) => Page<R>;
  /** References to other records that must exist. */
  checkReferences: (input: z.output<S>, store: Store) => Issue[];
}

function lookupOf(store: Store): Lookup {
  return { organizations: store.get('organizations'), sites: store.get('sites') };
}

function resourceHandlers<R extends { id: string; version: number }, S extends z.ZodType>(
  store: Store,
  spec: ResourceSpec<R, S>,
) {
  const base = `*${API_PREFIX}/${spec.path}`;
  const records = () => store.get(spec.collection) as unknown as Map<string, R>;
  const save = (record: R) => store.put(spec.collection, record as never);

  async function validated(request: Request) {
    const body = await readBody(request, spec.inputSchema);
    if (!body.ok) return body;
    const issues = spec.checkReferences(body.data, store);
    if (issues.length > 0) {
      return {
        ok: false as const,
        response: errorResponse(422, 'validation_failed', 'Some references do not exist', {
          issues,
        }),
      };
    }
    return body;
  }

  return [
    http.get(base, ({ request }) => {
      const params = readListParams(new URL(request.url));
      if ('error' in params) return errorResponse(400, 'bad_request', params.error);
      return HttpResponse.json(spec.list(records().values(), params, lookupOf(store)));
    }),
    http.get<{ id: string }>(`${base}/:id`, ({ params }) => {
      const r = records().get(params.id);
      return r ? HttpResponse.json(r) : notFound(spec.label, params.id);
    }),
    http.post(base, async ({ request }) => {
      // A retried save (same Idempotency-Key) returns the record the first attempt created.
      const key = request.headers.get('Idempotency-Key');
      const earlier = key ? store.idFor(key) : undefined;
      const existing = earlier ? records().get(earlier) : undefined;
      if (existing) return HttpResponse.json(existing, { status: 200 });

      const body = await validated(request);
      if (!body.ok) return body.response;
      const now = new Date().toISOString();
      const actor = actorOf(request);
      const record = {
        ...(body.data as object),
        id: store.newId(spec.idPrefix),
        createdAt: now,
        updatedAt: now,
        createdBy: actor,
        updatedBy: actor,
        version: 1,
      } as unknown as R;
      await save(record);
      if (key) await store.rememberIdempotencyKey(key, record.id);
      return HttpResponse.json(record, { status: 201 });
    }),
    http.put<{ id: string }>(`${base}/:id`, async ({ request, params }) => {
      const current = records().get(params.id);
      if (!current) return notFound(spec.label, params.id);
      const expected = expectedVersion(request);
      if (expected !== null && expected !== current.version) {
        return errorResponse(
          409,
          'version_conflict',
          `${spec.label} was changed by someone else (version ${current.version}, you edited ${expected})`,
          { current },
        );
      }
      const body = await validated(request);
      if (!body.ok) return body.response;
      const c = current as unknown as Activity | FundAllocation;
      const record = {
        ...(body.data as object),
        id: c.id,
        createdAt: c.createdAt,
        createdBy: c.createdBy,
        updatedAt: new Date().toISOString(),
        updatedBy: actorOf(request),
        version: c.version + 1,
      } as unknown as R;
      await save(record);
      return HttpResponse.json(record);
    }),
    http.delete<{ id: string }>(`${base}/:id`, async ({ params }) => {
      const existed = await store.remove(spec.collection, params.id);
      return existed ? new HttpResponse(null, { status: 204 }) : notFound(spec.label, params.id);
    }),
  ];
}

function missing(
  ids: readonly (string | null)[],
  map: ReadonlyMap<string, unknown>,
  path: (i: number) => (string | number)[],
  message: string,
): Issue[] {
  return ids.flatMap((id, i) => (id !== null && !map.has(id) ? [{ path: path(i), message }] : []));
}

/** References of an activity that do not exist (shared by single and batch writes). */
function activityReferenceIssues(a: z.output<typeof activityInputSchema>, s: Store): Issue[] {
  return [
    ...missing(
      [a.organizationId],
      s.get('organizations'),
      () => ['organizationId'],
      'unknown_organization',
    ),
    ...missing(
      a.partnerOrganizationIds,
      s.get('organizations'),
      (i) => ['partnerOrganizationIds', i],
      'unknown_organization',
    ),
    ...missing(a.siteIds, s.get('sites'), (i) => ['siteIds', i], 'unknown_site'),
    ...missing(
      a.districtCodes,
      s.get('districts'),
      (i) => ['districtCodes', i],
      'unknown_district',
    ),
  ];
}

const batchEnvelopeSchema = z.object({
  items: z.array(z.unknown()).min(1, 'required').max(ACTIVITY_BATCH_MAX, 'too_many'),
});

/**
 * `POST /activities/batch`: every item is checked like a single `POST /activities`; if any fails
 * nothing is created and the 422 lists the issues with the item's `index`. The Idempotency-Key
 * covers the whole batch (remembered as `batch:<key>` → the created ids).
 */
function activityBatchHandler(store: Store) {
  return http.post(`*${API_PREFIX}/activities/batch`, async ({ request }) => {
    const key = request.headers.get('Idempotency-Key');
    const earlier = key ? store.idFor(`batch:${key}`) : undefined;
    if (earlier !== undefined) {
      const ids = JSON.parse(earlier) as string[];
      return HttpResponse.json({ created: ids.length, ids }, { status: 200 });
    }
    const envelope = await readBody(request, batchEnvelopeSchema);
    if (!envelope.ok) return envelope.response;
    const issues: (Issue & { index: number })[] = [];
    const inputs: z.output<typeof activityInputSchema>[] = [];
    envelope.data.items.forEach((item, index) => {
      const parsed = activityInputSchema.safeParse(item);
      if (!parsed.success) {
        for (const i of parsed.error.issues)
          issues.push({
            index,
            path: i.path.filter((k): k is string | number => typeof k !== 'symbol'),
            message: i.message,
          });
        return;
      }
      for (const i of activityReferenceIssues(parsed.data, store)) issues.push({ index, ...i });
      inputs.push(parsed.data);
    });
    if (issues.length > 0)
      return errorResponse(422, 'validation_failed', 'Some items are invalid; none was created', {
        issues: issues.slice(0, 1000),
      });
    const now = new Date().toISOString();
    const actor = actorOf(request);
    const records: Activity[] = inputs.map((input) => ({
      ...input,
      id: store.newId('act'),
      createdAt: now,
      updatedAt: now,
      createdBy: actor,
      updatedBy: actor,
      version: 1,
    }));
    await store.putMany('activities', records);
    const ids = records.map((r) => r.id);
    if (key) await store.rememberIdempotencyKey(`batch:${key}`, JSON.stringify(ids));
    return HttpResponse.json({ created: ids.length, ids }, { status: 201 });
  });
}

export function recordHandlers(store: Store) {
  return [
    activityBatchHandler(store),
    ...resourceHandlers<Activity, typeof activityInputSchema>(store, {
      path: 'activities',
      label: 'Activity',
      collection: 'activities',
      idPrefix: 'act',
      inputSchema: activityInputSchema,
      list: listActivities,
      checkReferences: activityReferenceIssues,
    }),
    ...resourceHandlers<FundAllocation, typeof fundAllocationInputSchema>(store, {
      path: 'funds',
      label: 'Fund allocation',
      collection: 'funds',
      idPrefix: 'fund',
      inputSchema: fundAllocationInputSchema,
      list: listFunds,
      checkReferences: (x, s) => [
        ...missing(
          [x.sourceOrganizationId],
          s.get('organizations'),
          () => ['sourceOrganizationId'],
          'unknown_organization',
        ),
        ...missing(
          [x.recipientOrganizationId],
          s.get('organizations'),
          () => ['recipientOrganizationId'],
          'unknown_organization',
        ),
        ...missing(
          [x.recipientDistrictCode],
          s.get('districts'),
          () => ['recipientDistrictCode'],
          'unknown_district',
        ),
      ],
    }),
  ];
}
