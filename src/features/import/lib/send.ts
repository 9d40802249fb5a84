/**
 * Sending the valid rows: organizations to create first, then the batches, two at a time. The
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
 * Rows per request: the most the API takes. Fewer, larger requests spend less on each request's
 * own costs: 100,000 rows took 6.1–6.2 s to send in 5,000-row batches, 7.2–7.5 s in 2,000-row
 * ones (`npm run bench -- --only import`).
 */
export const SEND_BATCH_SIZE = Math.min(ACTIVITY_BATCH_MAX, FUND_BATCH_MAX);

/**
 * Batches in flight at once: while the server checks and stores one, the next is built and
 * handed over. 100,000 rows in 5,000-row batches: one at a time 7.9 s, two 6.1–6.2 s; three
 * were no better than two with 2,000-row batches.
 */
const SEND_LANES = 2;

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
  /** Indexes of the batches already created (not in order: batches are sent side by side). */
  batchesDone: number[];
  created: number;
}

export function newSendState(importId: string): SendState {
  return { importId, organizationIds: {}, batchesDone: [], created: 0 };
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
  const rowsIn = (b: number) => Math.min(batchSize, total - b * batchSize);
  const report = () =>
    onProgress({
      organizations: {
        done: Object.keys(state.organizationIds).length,
        total: newOrganizations.length,
      },
      rows: { done: state.batchesDone.reduce((n, b) => n + rowsIn(b), 0), total },
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

  const waiting = Array.from({ length: batches }, (_, b) => b).filter(
    (b) => !state.batchesDone.includes(b),
  );
  const failures: unknown[] = [];
  // After a failure no lane takes a new batch; the ones in flight finish and count as done.
  const lane = async () => {
    for (let b = waiting.shift(); b !== undefined && failures.length === 0; b = waiting.shift()) {
      try {
        const { json } = await source(b, batchSize, state.organizationIds);
        const result = await api.createBatch(json, `${state.importId}:batch:${b}`);
        state.batchesDone.push(b);
        state.created += result.created;
        report();
      } catch (error) {
        failures.push(error);
      }
    }
  };
  await Promise.all(Array.from({ length: SEND_LANES }, lane));
  if (failures.length > 0) throw failures[0];
  return state;
}
