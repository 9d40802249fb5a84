/**
 * Sending the valid rows: organizations to create first, then batches one after another. The
 * bodies come ready-made from where the rows are kept (the import's worker), so the page only
 * passes strings on. Progress is kept in a SendState, so after a failure "retry" continues
 * where it stopped, and every request carries the same Idempotency-Key as before: nothing is
 * created twice.
 */
import {
  ACTIVITY_BATCH_MAX,
  FUND_BATCH_MAX,
  type ActivityBatchResult,
  type OrganizationInput,
  type OrganizationKind,
} from '@/api/contract';
import { BEIJING_DISTRICTS } from '@/lib/parse/districts';
import { importNote } from './activity-rows';

/**
 * Rows per request. Handing a request body to the browser's fetch costs the page's main thread
 * about 60 ms per MB when a service worker answers (the embedded backend); 2,000 rows (about
 * 1 MB) keep each step near 100 ms without adding to the total time (measured with 5,000, 2,000
 * and 1,000: `npm run bench -- --only import`).
 */
export const SEND_BATCH_SIZE = Math.min(ACTIVITY_BATCH_MAX, FUND_BATCH_MAX, 2000);

export interface SendApi {
  createOrganization(input: OrganizationInput, idempotencyKey: string): Promise<{ id: string }>;
  /** Sends one batch body (`{"items":[…]}`). */
  createBatch(
    json: string | Uint8Array<ArrayBuffer>,
    idempotencyKey: string,
  ): Promise<ActivityBatchResult>;
}

/** Body of batch `index`, with created organizations in place of their names. */
export type BatchSource = (
  index: number,
  size: number,
  organizationIds: Record<string, string>,
) => Promise<{ json: string | Uint8Array<ArrayBuffer>; count: number }>;

export interface SendState {
  /** One id per import run; the keys of its requests derive from it. */
  importId: string;
  /** Name → id of organizations created so far. */
  organizationIds: Record<string, string>;
  /** Batches already created, by index. */
  batchesDone: number;
  created: number;
}

export function newSendState(importId: string): SendState {
  return { importId, organizationIds: {}, batchesDone: 0, created: 0 };
}

export interface SendProgress {
  organizations: { done: number; total: number };
  rows: { done: number; total: number };
}

/** A guess from the name; staff can correct it later in the organization list. */
export function guessOrganizationKind(name: string): OrganizationKind {
  if (/基金会|foundation/i.test(name)) return 'foundation';
  if (/互助|mutual/i.test(name)) return 'mutual_aid';
  if (/^北京市总工会$|市总工会/.test(name)) return 'municipal_federation';
  if (/区总工会|district federation/i.test(name)) return 'district_federation';
  if (/产业工会|行业工会|industry/i.test(name)) return 'industry_union';
  if (/局|委员会|政府|街道办|bureau|government|committee/i.test(name)) return 'government';
  return 'enterprise_union';
}

/** The district a name mentions (门头沟区总工会 → 110109), or null. */
export function districtInName(name: string): string | null {
  for (const [code, zh] of BEIJING_DISTRICTS) if (name.includes(`${zh}区`)) return code;
  return null;
}

export async function sendImport(
  total: number,
  newOrganizations: readonly string[],
  fileName: string,
  state: SendState,
  api: SendApi,
  source: BatchSource,
  onProgress: (p: SendProgress) => void,
  batchSize = SEND_BATCH_SIZE,
): Promise<SendState> {
  const batches = Math.ceil(total / batchSize);
  const report = () =>
    onProgress({
      organizations: {
        done: Object.keys(state.organizationIds).length,
        total: newOrganizations.length,
      },
      rows: { done: Math.min(state.batchesDone * batchSize, total), total },
    });
  report();

  for (const name of newOrganizations) {
    if (state.organizationIds[name]) continue;
    const created = await api.createOrganization(
      {
        name: { zh: name, en: '' },
        kind: guessOrganizationKind(name),
        districtCode: districtInName(name),
        provenance: { kind: 'entered', note: importNote(fileName) },
      },
      // Headers carry Latin-1 only: the name goes URI-encoded.
      `${state.importId}:organization:${encodeURIComponent(name)}`,
    );
    state.organizationIds[name] = created.id;
    report();
  }

  // The next body is built while the current one is sent.
  const body = (b: number) => source(b, batchSize, state.organizationIds);
  let next = state.batchesDone < batches ? body(state.batchesDone) : null;
  for (let b = state.batchesDone; b < batches && next; b++) {
    const { json } = await next;
    next = b + 1 < batches ? body(b + 1) : null;
    // A failed next body must not go unhandled while this batch is sent; awaited next turn.
    next?.catch(() => {});
    const result = await api.createBatch(json, `${state.importId}:batch:${b}`);
    state.batchesDone = b + 1;
    state.created += result.created;
    report();
  }
  return state;
}
