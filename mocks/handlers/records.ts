/**
 * Activities and fund allocations: list, get, create, update, delete. Both resources behave
 * the same way, so one factory serves them (see docs/api.md, "Writing records").
 */
import { http, HttpResponse } from 'msw';
import type { z } from 'zod';
import {
  ACTIVITY_BATCH_MAX,
  API_PREFIX,
  FUND_BATCH_MAX,
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

/** Issues of a fund allocation's references (shared by single and batch writes). */
function fundReferenceIssues(x: z.output<typeof fundAllocationInputSchema>, s: Store): Issue[] {
  return [
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
  ];
}

interface BatchSpec<S extends z.ZodType> {
  path: string;
  collection: 'activities' | 'funds';
  idPrefix: string;
  max: number;
  inputSchema: S;
  checkReferences: (input: z.output<S>, store: Store) => Issue[];
}

/**
 * `POST /activities/batch` and `POST /funds/batch`: every item is checked once, like a single
 * create; if any fails nothing is created and the 422 lists the issues with the item's `index`.
 * The records go into the store in one step and into the browser database as one write (the
 * body as received, see StoredBatch). The Idempotency-Key covers the whole batch (remembered as
 * `batch:<key>` → the created ids).
 */
function batchHandler<S extends z.ZodType>(store: Store, spec: BatchSpec<S>) {
  return http.post(`*${API_PREFIX}/${spec.path}/batch`, async ({ request }) => {
    const key = request.headers.get('Idempotency-Key');
    const rememberAs = key
      ? `batch:${spec.path === 'activities' ? '' : `${spec.path}:`}${key}`
      : null;
    const earlier = rememberAs ? store.idFor(rememberAs) : undefined;
    if (earlier !== undefined) {
      const ids = JSON.parse(earlier) as string[];
      return HttpResponse.json({ created: ids.length, ids }, { status: 200 });
    }
    // The bytes are what gets stored: a decoded string with any Chinese in it takes two bytes a
    // character, and writing it to IndexedDB cost the import about 1 s per 100,000 rows more.
    const bytes = await request.arrayBuffer();
    const text = new TextDecoder().decode(bytes);
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch {
      return errorResponse(400, 'bad_request', 'Body is not valid JSON');
    }
    const items =
      typeof body === 'object' && body !== null && 'items' in body ? body.items : undefined;
    if (!Array.isArray(items) || items.length === 0 || items.length > spec.max)
      return errorResponse(422, 'validation_failed', 'Some fields are invalid', {
        issues: [
          {
            path: ['items'],
            message: Array.isArray(items) && items.length > 0 ? 'too_many' : 'required',
          },
        ],
      });
    const issues: (Issue & { index: number })[] = [];
    const inputs: z.output<S>[] = [];
    for (let index = 0; index < items.length; index++) {
      const parsed = spec.inputSchema.safeParse(items[index]);
      if (!parsed.success) {
        for (const i of parsed.error.issues)
          issues.push({
            index,
            path: i.path.filter((k): k is string | number => typeof k !== 'symbol'),
            message: i.message,
          });
        continue;
      }
      for (const i of spec.checkReferences(parsed.data, store)) issues.push({ index, ...i });
      inputs.push(parsed.data);
    }
    if (issues.length > 0)
      return errorResponse(422, 'validation_failed', 'Some items are invalid; none was created', {
        issues: issues.slice(0, 1000),
      });
    const now = new Date().toISOString();
    const actor = actorOf(request);
    const records = inputs.map((input) => ({
      ...(input as object),
      id: store.newId(spec.idPrefix),
      createdAt: now,
      updatedAt: now,
      createdBy: actor,
      updatedBy: actor,
      version: 1,
    })) as (Activity & FundAllocation)[];
    const ids = records.map((r) => r.id);
    await store.addBatch(
      {
        key: ids[0] ?? now,
        collection: spec.collection,
        body: bytes,
        ids,
        createdAt: now,
        createdBy: actor,
        idempotencyKey: rememberAs,
      },
      records,
    );
    return HttpResponse.json({ created: ids.length, ids }, { status: 201 });
  });
}

export function recordHandlers(store: Store) {
  return [
    batchHandler(store, {
      path: 'activities',
      collection: 'activities',
      idPrefix: 'act',
      max: ACTIVITY_BATCH_MAX,
      inputSchema: activityInputSchema,
      checkReferences: activityReferenceIssues,
    }),
    batchHandler(store, {
      path: 'funds',
      collection: 'funds',
      idPrefix: 'fund',
      max: FUND_BATCH_MAX,
      inputSchema: fundAllocationInputSchema,
      checkReferences: fundReferenceIssues,
    }),
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
      checkReferences: fundReferenceIssues,
    }),
  ];
}
