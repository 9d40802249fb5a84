/**
 * What the API does with records: filtering, search, sorting and the summary. Pure functions
 * over plain arrays, so the handlers stay thin and the benchmark can time them directly.
 */
import type {
  Activity,
  ActivityType,
  FigureBasis,
  FundAllocation,
  GoodsKind,
  ListParams,
  Organization,
  RecordFilters,
  Site,
  Split,
  Summary,
} from '@/api/contract';

export function emptySplit(): Split {
  return { reported: 0, illustrative: 0, entered: 0 };
}

function add(split: Split, basis: FigureBasis, value: number) {
  split[basis] += value;
}

/** A figure counts when its basis is allowed by the filters. */
export function counts(basis: FigureBasis, filters: RecordFilters): boolean {
  return !(filters.excludeIllustrative && basis === 'illustrative');
}

function inDateRange(from: string, to: string, filters: RecordFilters): boolean {
  if (filters.from && to < filters.from) return false;
  if (filters.to && from > filters.to) return false;
  return true;
}

export function matchesActivity(a: Activity, f: RecordFilters): boolean {
  return activityMatcher(f)(a);
}

/**
 * The filter as one predicate, built once per request: sets instead of array scans, and no
 * test for a filter that is not set. Summaries run it over every record (100,000 in the bench).
 */
export function activityMatcher(f: RecordFilters): (a: Activity) => boolean {
  const noIllustrative = Boolean(f.excludeIllustrative);
  const from = f.from;
  const to = f.to;
  const types = f.types?.length ? new Set<string>(f.types) : null;
  const districts = f.districts?.length ? new Set(f.districts) : null;
  const orgs = f.organizations?.length ? new Set(f.organizations) : null;
  return (a) => {
    if (noIllustrative && a.provenance.kind === 'illustrative') return false;
    if (from && (a.endDate ?? a.date) < from) return false;
    if (to && a.date > to) return false;
    if (types && !types.has(a.type)) return false;
    if (districts && !a.districtCodes.some((d) => districts.has(d))) return false;
    if (orgs && !orgs.has(a.organizationId) && !a.partnerOrganizationIds.some((o) => orgs.has(o))) {
      return false;
    }
    return true;
  };
}

/** Fund allocations count as `fund_delivery` for the type filter (see docs/api.md). */
export function matchesFund(x: FundAllocation, f: RecordFilters): boolean {
  if (f.excludeIllustrative && x.provenance.kind === 'illustrative') return false;
  if (!inDateRange(x.date, x.date, f)) return false;
  if (f.types?.length && !f.types.includes('fund_delivery')) return false;
  if (
    f.districts?.length &&
    (!x.recipientDistrictCode || !f.districts.includes(x.recipientDistrictCode))
  )
    return false;
  if (
    f.organizations?.length &&
    !f.organizations.includes(x.sourceOrganizationId) &&
    !(x.recipientOrganizationId && f.organizations.includes(x.recipientOrganizationId))
  ) {
    return false;
  }
  return true;
}

export interface Lookup {
  organizations: ReadonlyMap<string, Organization>;
  sites: ReadonlyMap<string, Site>;
}

/** Case-insensitive substring search over what a user would type: titles, people, places, notes. */
export function activityText(a: Activity, lookup: Lookup): string {
  const parts = [a.title.zh, a.title.en, a.notes, ...a.leaders.map((l) => `${l.name} ${l.role}`)];
  for (const id of [a.organizationId, ...a.partnerOrganizationIds]) {
    const o = lookup.organizations.get(id);
    if (o) parts.push(o.name.zh, o.name.en);
  }
  for (const id of a.siteIds) {
    const s = lookup.sites.get(id);
    if (s) parts.push(s.name.zh, s.name.en);
  }
  if (a.provenance.kind === 'reported') parts.push(a.provenance.quote);
  return parts.join('\n').toLowerCase();
}

export function fundText(x: FundAllocation, lookup: Lookup): string {
  const parts = [x.purpose.zh, x.purpose.en];
  for (const id of [x.sourceOrganizationId, x.recipientOrganizationId]) {
    const o = id ? lookup.organizations.get(id) : undefined;
    if (o) parts.push(o.name.zh, o.name.en);
  }
  if (x.provenance.kind === 'reported') parts.push(x.provenance.quote);
  return parts.join('\n').toLowerCase();
}

type SortKey<T> = (r: T) => string | number;

const activitySortKeys: Record<string, SortKey<Activity>> = {
  date: (a) => a.date,
  updatedAt: (a) => a.updatedAt,
  workersServed: (a) => a.workersServed?.value ?? -1,
  cash: (a) => a.cash?.yuan ?? -1,
  type: (a) => a.type,
};

const fundSortKeys: Record<string, SortKey<FundAllocation>> = {
  date: (x) => x.date,
  updatedAt: (x) => x.updatedAt,
  amount: (x) => x.amount?.yuan ?? -1,
  status: (x) => x.status,
};

export const sortableActivityFields = Object.keys(activitySortKeys);
export const sortableFundFields = Object.keys(fundSortKeys);

/** `sort=-date` is newest first; ties fall back to the id so pages are stable. */
function comparator<T extends { id: string }>(
  sort: string | undefined,
  keys: Record<string, SortKey<T>>,
  fallback: string,
): ((a: T, b: T) => number) | null {
  const spec = sort ?? fallback;
  const descending = spec.startsWith('-');
  const key = keys[descending ? spec.slice(1) : spec] ?? keys[fallback.replace('-', '')];
  if (!key) return null;
  const dir = descending ? -1 : 1;
  return (a, b) => {
    const ka = key(a);
    const kb = key(b);
    if (ka < kb) return -dir;
    if (ka > kb) return dir;
    return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
  };
}

/**
 * The first `k` rows in order. A page near the start (the overview's latest eight) does not
 * need all 100,000 rows sorted: keep the best `k` in a sorted buffer instead.
 */
function firstSorted<T>(rows: T[], k: number, compare: (a: T, b: T) => number): T[] {
  if (k * 8 >= rows.length) return rows.sort(compare).slice(0, k);
  const top: T[] = [];
  for (const row of rows) {
    if (top.length === k && compare(row, top[k - 1]!) >= 0) continue;
    let lo = 0;
    let hi = top.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (compare(top[mid]!, row) <= 0) lo = mid + 1;
      else hi = mid;
    }
    top.splice(lo, 0, row);
    if (top.length > k) top.pop();
  }
  return top;
}

export interface Page<T> {
  items: T[];
  total: number;
  offset: number;
  limit: number;
}

export const DEFAULT_LIMIT = 50;
export const MAX_LIMIT = 1000;

function sortedPage<T extends { id: string }>(
  rows: T[],
  params: ListParams,
  keys: Record<string, SortKey<T>>,
  fallback: string,
): Page<T> {
  const offset = Math.max(0, params.offset ?? 0);
  const limit = Math.min(MAX_LIMIT, Math.max(1, params.limit ?? DEFAULT_LIMIT));
  const compare = comparator(params.sort, keys, fallback);
  const first = compare ? firstSorted(rows, offset + limit, compare) : rows;
  return { items: first.slice(offset, offset + limit), total: rows.length, offset, limit };
}

/**
 * `goodsKind` (activities lists only): the activity delivered goods of one of these kinds. With
 * "facts only", an illustrative goods line does not count, as in the summary's `byGoodsKind`.
 */
export function goodsMatcher(
  f: Pick<ListParams, 'goodsKinds' | 'excludeIllustrative'>,
): ((a: Activity) => boolean) | null {
  if (!f.goodsKinds?.length) return null;
  const kinds = new Set<string>(f.goodsKinds);
  const noIllustrative = Boolean(f.excludeIllustrative);
  return (a) =>
    a.goods.some((g) => kinds.has(g.kind) && !(noIllustrative && g.basis === 'illustrative'));
}

export function listActivities(all: Iterable<Activity>, params: ListParams, lookup: Lookup) {
  const q = params.q?.trim().toLowerCase();
  const rows: Activity[] = [];
  const matches = activityMatcher(params);
  const goods = goodsMatcher(params);
  for (const a of all) {
    if (!matches(a)) continue;
    if (goods && !goods(a)) continue;
    if (q && !activityText(a, lookup).includes(q)) continue;
    rows.push(a);
  }
  return sortedPage(rows, params, activitySortKeys, '-date');
}

export function listFunds(all: Iterable<FundAllocation>, params: ListParams, lookup: Lookup) {
  const q = params.q?.trim().toLowerCase();
  const rows: FundAllocation[] = [];
  for (const x of all) {
    if (!matchesFund(x, params)) continue;
    if (q && !fundText(x, lookup).includes(q)) continue;
    rows.push(x);
  }
  return sortedPage(rows, params, fundSortKeys, '-date');
}

function getOrCreate<K, V>(map: Map<K, V>, key: K, create: () => V): V {
  let v = map.get(key);
  if (v === undefined) {
    v = create();
    map.set(key, v);
  }
  return v;
}

/**
 * Totals for everything in scope. A record that spans several districts counts its workers
 * and cash once in the totals but in each district's row (the report does not split them).
 */
export function summarize(
  activities: Iterable<Activity>,
  funds: Iterable<FundAllocation>,
  filters: RecordFilters,
  asOf: string,
): Summary {
  const totals = {
    fundsYuan: emptySplit(),
    fundAllocationsWithoutAmount: 0,
    workersServed: emptySplit(),
    activities: emptySplit(),
    districtsVisited: 0,
    goodsQuantity: emptySplit(),
  };
  const byDistrict = new Map<
    string,
    { fundsYuan: Split; workersServed: Split; activities: Split }
  >();
  const bySource = new Map<string, { fundsYuan: Split; allocations: number }>();
  const byType = new Map<ActivityType, { activities: Split; workersServed: Split }>();
  const byDay = new Map<string, { activities: Split; fundsYuan: Split; workersServed: Split }>();
  const byGoodsKind = new Map<GoodsKind, { deliveries: Split; quantity: Split }>();
  const visited = new Set<string>();
  const districtRow = (code: string) =>
    getOrCreate(byDistrict, code, () => ({
      fundsYuan: emptySplit(),
      workersServed: emptySplit(),
      activities: emptySplit(),
    }));
  const dayRow = (date: string) =>
    getOrCreate(byDay, date, () => ({
      activities: emptySplit(),
      fundsYuan: emptySplit(),
      workersServed: emptySplit(),
    }));

  const matches = activityMatcher(filters);
  for (const a of activities) {
    if (!matches(a)) continue;
    const kind = a.provenance.kind;
    add(totals.activities, kind, 1);
    const typeRow = getOrCreate(byType, a.type, () => ({
      activities: emptySplit(),
      workersServed: emptySplit(),
    }));
    add(typeRow.activities, kind, 1);
    const day = dayRow(a.date);
    add(day.activities, kind, 1);
    const workers =
      a.workersServed && counts(a.workersServed.basis, filters) ? a.workersServed : null;
    if (workers) {
      add(totals.workersServed, workers.basis, workers.value);
      add(typeRow.workersServed, workers.basis, workers.value);
      add(day.workersServed, workers.basis, workers.value);
    }
    for (const code of a.districtCodes) {
      // With a district filter, other districts of a multi-district record stay out of view.
      if (filters.districts?.length && !filters.districts.includes(code)) continue;
      visited.add(code);
      const row = districtRow(code);
      add(row.activities, kind, 1);
      if (workers) add(row.workersServed, workers.basis, workers.value);
    }
    for (const g of a.goods) {
      if (!counts(g.basis, filters)) continue;
      const row = getOrCreate(byGoodsKind, g.kind, () => ({
        deliveries: emptySplit(),
        quantity: emptySplit(),
      }));
      add(row.deliveries, g.basis, 1);
      if (g.quantity !== null) {
        add(row.quantity, g.basis, g.quantity);
        add(totals.goodsQuantity, g.basis, g.quantity);
      }
    }
  }

  for (const x of funds) {
    if (!matchesFund(x, filters)) continue;
    const source = getOrCreate(bySource, x.sourceOrganizationId, () => ({
      fundsYuan: emptySplit(),
      allocations: 0,
    }));
    source.allocations += 1;
    const amount = x.amount && counts(x.amount.basis, filters) ? x.amount : null;
    if (!amount) {
      totals.fundAllocationsWithoutAmount += 1;
      continue;
    }
    add(totals.fundsYuan, amount.basis, amount.yuan);
    add(source.fundsYuan, amount.basis, amount.yuan);
    add(dayRow(x.date).fundsYuan, amount.basis, amount.yuan);
    if (x.recipientDistrictCode)
      add(districtRow(x.recipientDistrictCode).fundsYuan, amount.basis, amount.yuan);
  }

  totals.districtsVisited = visited.size;
  const sortedKeys = <K extends string>(m: Map<K, unknown>) => [...m.keys()].sort();
  return {
    asOf,
    totals,
    byDistrict: sortedKeys(byDistrict).map((districtCode) => ({
      districtCode,
      ...byDistrict.get(districtCode)!,
    })),
    bySource: sortedKeys(bySource).map((organizationId) => ({
      organizationId,
      ...bySource.get(organizationId)!,
    })),
    byType: sortedKeys(byType).map((type) => ({ type, ...byType.get(type)! })),
    byDay: sortedKeys(byDay).map((date) => ({ date, ...byDay.get(date)! })),
    byGoodsKind: sortedKeys(byGoodsKind).map((kind) => ({ kind, ...byGoodsKind.get(kind)! })),
  };
}
