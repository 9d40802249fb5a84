/**
 * Sending the valid rows: organizations to create first, then batches of activities one after
 * another. Progress is kept in a SendState, so after a failure "retry" continues where it
 * stopped, and every request carries the same Idempotency-Key as before: nothing is created twice.
 */
import {
  ACTIVITY_BATCH_MAX,
  type ActivityBatchResult,
  type ActivityInput,
  type OrganizationInput,
  type OrganizationKind,
} from '@/api/contract';
import { BEIJING_DISTRICTS } from '@/lib/parse/districts';
import { importNote, NEW_ORGANIZATION_PREFIX } from './activity-rows';

/**
 * Rows per request. The API takes up to ACTIVITY_BATCH_MAX; smaller batches keep each of the
 * embedded backend's turns on the main thread short, so the tab stays responsive while sending.
 */
export const SEND_BATCH_SIZE = Math.min(2000, ACTIVITY_BATCH_MAX);

export interface SendApi {
  createOrganization(input: OrganizationInput, idempotencyKey: string): Promise<{ id: string }>;
  createBatch(items: ActivityInput[], idempotencyKey: string): Promise<ActivityBatchResult>;
}

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
  inputs: readonly ActivityInput[],
  newOrganizations: readonly string[],
  fileName: string,
  state: SendState,
  api: SendApi,
  onProgress: (p: SendProgress) => void,
  batchSize = SEND_BATCH_SIZE,
): Promise<SendState> {
  const batches = Math.ceil(inputs.length / batchSize);
  const report = () =>
    onProgress({
      organizations: {
        done: Object.keys(state.organizationIds).length,
        total: newOrganizations.length,
      },
      rows: { done: Math.min(state.batchesDone * batchSize, inputs.length), total: inputs.length },
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

  const resolveOrganization = (id: string) => {
    if (!id.startsWith(NEW_ORGANIZATION_PREFIX)) return id;
    const name = id.slice(NEW_ORGANIZATION_PREFIX.length);
    const created = state.organizationIds[name];
    if (!created) throw new Error(`organization "${name}" was not created`);
    return created;
  };

  for (let b = state.batchesDone; b < batches; b++) {
    const items = inputs
      .slice(b * batchSize, (b + 1) * batchSize)
      .map((input) => ({ ...input, organizationId: resolveOrganization(input.organizationId) }));
    const result = await api.createBatch(items, `${state.importId}:batch:${b}`);
    state.batchesDone = b + 1;
    state.created += result.created;
    report();
  }
  return state;
}
