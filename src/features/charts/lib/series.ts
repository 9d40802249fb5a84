/**
 * Chart data from the summary: pure functions, run once per summary (memoised by the
 * components), never per render. Every row keeps its reported / entered / illustrative parts so
 * the charts can draw illustrative data apart, and says which records lie behind it.
 */
import type { ActivityType, Split, Summary } from '@/api/contract';
import { addDays, daysBetween, FLOOD_START } from '@/filters/date-range';
import type { ViewFilters } from '@/filters/url-filters';
import {
  activityTypeColor,
  districtColor,
  goodsKindColor,
  NEUTRAL_COLOR,
  organizationColor,
} from '@/lib/palette';

export interface Parts {
  reported: number;
  entered: number;
  illustrative: number;
}

export interface CategoryRow extends Parts {
  key: string;
  label: string;
  color: string;
  total: number;
  /** How the ledger scope narrows for this row; null: no single filter selects its records. */
  narrow: Partial<ViewFilters> | null;
  /** Chart-specific extra figures (allocations, goods quantity…). */
  extra: Record<string, number>;
}

export const OTHERS_KEY = '__others__';

export interface Names {
  /** undefined: not in the reference data (the row then shows the raw id in neutral grey). */
  district: (code: string) => string | undefined;
  organization: (id: string) => string | undefined;
  type: (type: string) => string;
  goods: (kind: string) => string;
}

function finite(n: number): number {
  return Number.isFinite(n) ? n : 0;
}

export function parts(s: Split): Parts {
  return {
    reported: finite(s.reported),
    entered: finite(s.entered),
    illustrative: finite(s.illustrative),
  };
}

export function partsTotal(p: Parts): number {
  return p.reported + p.entered + p.illustrative;
}

function row(
  key: string,
  label: string,
  color: string,
  split: Split,
  narrow: Partial<ViewFilters> | null,
  extra: Record<string, number> = {},
): CategoryRow {
  const p = parts(split);
  return { key, label, color, ...p, total: partsTotal(p), narrow, extra };
}

/** Largest first; ties by label so the order is stable. */
export function byTotalDesc(a: CategoryRow, b: CategoryRow): number {
  return b.total - a.total || a.label.localeCompare(b.label);
}

/**
 * The `n` largest rows, the rest summed into one "others" row (neutral grey, no ledger
 * narrowing). Rows are sorted largest first.
 */
export function topN(rows: readonly CategoryRow[], n: number, othersLabel: string): CategoryRow[] {
  const sorted = [...rows].sort(byTotalDesc);
  // Folding a single row into "others" would only hide its name.
  if (sorted.length <= n + 1) return sorted;
  const kept = sorted.slice(0, Math.max(0, n));
  const rest = sorted.slice(Math.max(0, n));
  const others: CategoryRow = {
    key: OTHERS_KEY,
    label: othersLabel,
    color: NEUTRAL_COLOR,
    reported: 0,
    entered: 0,
    illustrative: 0,
    total: 0,
    narrow: null,
    extra: {},
  };
  for (const r of rest) {
    others.reported += r.reported;
    others.entered += r.entered;
    others.illustrative += r.illustrative;
    others.total += r.total;
    for (const [k, v] of Object.entries(r.extra)) others.extra[k] = (others.extra[k] ?? 0) + v;
  }
  others.extra.members = rest.length;
  return [...kept, others];
}

export const SOURCES_SHOWN = 10;

/** Funds per source organization: the largest `shown`, the rest folded into "others". */
export function fundsBySource(
  summary: Summary,
  names: Names,
  othersLabel: string,
  shown = SOURCES_SHOWN,
): CategoryRow[] {
  const rows = summary.bySource.map((s) => {
    const name = names.organization(s.organizationId);
    return row(
      s.organizationId,
      name ?? s.organizationId,
      name === undefined ? NEUTRAL_COLOR : organizationColor(s.organizationId),
      s.fundsYuan,
      { organizations: [s.organizationId] },
      { allocations: s.allocations },
    );
  });
  return topN(rows, shown, othersLabel);
}

function districtRows(
  summary: Summary,
  names: Names,
  pick: (d: Summary['byDistrict'][number]) => Split,
): CategoryRow[] {
  return summary.byDistrict
    .map((d) => {
      const name = names.district(d.districtCode);
      return row(
        d.districtCode,
        name ?? d.districtCode,
        name === undefined ? NEUTRAL_COLOR : districtColor(d.districtCode),
        pick(d),
        { districts: [d.districtCode] },
      );
    })
    .filter((r) => r.total > 0)
    .sort(byTotalDesc);
}

export function fundsByDistrict(summary: Summary, names: Names): CategoryRow[] {
  return districtRows(summary, names, (d) => d.fundsYuan);
}

export function workersByDistrict(summary: Summary, names: Names): CategoryRow[] {
  return districtRows(summary, names, (d) => d.workersServed);
}

export function activitiesByType(summary: Summary, names: Names): CategoryRow[] {
  return summary.byType
    .map((x) =>
      row(
        x.type,
        names.type(x.type),
        activityTypeColor(x.type),
        x.activities,
        { types: [x.type as ActivityType] },
        { workers: partsTotal(parts(x.workersServed)) },
      ),
    )
    .filter((r) => r.total > 0)
    .sort(byTotalDesc);
}

/** Deliveries per kind (counted with or without a quantity) and the quantities given. */
export function goodsByKind(summary: Summary, names: Names): CategoryRow[] {
  return summary.byGoodsKind
    .map((g) => {
      const q = parts(g.quantity);
      // The bar opens the activities that delivered this kind (ChartsSection adds the kind).
      return row(
        g.kind,
        names.goods(g.kind),
        goodsKindColor(g.kind),
        g.deliveries,
        {},
        {
          quantity: partsTotal(q),
          quantityIllustrative: q.illustrative,
        },
      );
    })
    .filter((r) => r.total > 0)
    .sort(byTotalDesc);
}

// ---------------------------------------------------------------------------------------------
// Over time
// ---------------------------------------------------------------------------------------------

export type Granularity = 'day' | 'week' | 'month' | 'year';

export interface TimeBucket {
  /** First and last day of the bucket, clipped to the shown range. */
  start: string;
  end: string;
  activities: Parts;
  funds: Parts;
  workers: Parts;
}

export interface Timeline {
  granularity: Granularity;
  buckets: TimeBucket[];
}

/** Never more than this many points per series. */
export const MAX_POINTS = 1000;
/** Up to this many days the chart shows days; longer ranges show weeks (then months). */
export const MAX_DAILY = 92;

function bucketStart(day: string, g: Granularity): string {
  switch (g) {
    case 'day':
      return day;
    case 'week': {
      // Weeks start on Monday (ISO 8601), as Chinese calendars do.
      const weekday = (new Date(`${day}T00:00:00Z`).getUTCDay() + 6) % 7;
      return addDays(day, -weekday);
    }
    case 'month':
      return `${day.slice(0, 7)}-01`;
    case 'year':
      return `${day.slice(0, 4)}-01-01`;
  }
}

function nextBucket(start: string, g: Granularity): string {
  switch (g) {
    case 'day':
      return addDays(start, 1);
    case 'week':
      return addDays(start, 7);
    case 'month': {
      const d = new Date(`${start}T00:00:00Z`);
      d.setUTCMonth(d.getUTCMonth() + 1);
      return d.toISOString().slice(0, 10);
    }
    case 'year':
      return `${String(Number(start.slice(0, 4)) + 1).padStart(4, '0')}-01-01`;
  }
}

function bucketCount(start: string, end: string, g: Granularity): number {
  const days = daysBetween(start, end) + 1;
  switch (g) {
    case 'day':
      return days;
    case 'week':
      return Math.ceil(days / 7) + 1;
    case 'month':
      return Math.ceil(days / 28) + 1;
    case 'year':
      return Math.ceil(days / 365) + 1;
  }
}

export function chooseGranularity(start: string, end: string): Granularity {
  if (daysBetween(start, end) + 1 <= MAX_DAILY) return 'day';
  for (const g of ['week', 'month'] as const) {
    if (bucketCount(start, end, g) <= MAX_POINTS) return g;
  }
  return 'year';
}

const emptyParts = (): Parts => ({ reported: 0, entered: 0, illustrative: 0 });

function addParts(into: Parts, split: Split) {
  into.reported += finite(split.reported);
  into.entered += finite(split.entered);
  into.illustrative += finite(split.illustrative);
}

/**
 * Days of the summary as a continuous series from the start of the flood (or the first record,
 * if earlier) to the last record, cut to the scope's from/to; empty days are zeros. Ranges
 * longer than MAX_DAILY days are summed by week, month or year so no series exceeds MAX_POINTS.
 */
export function timeline(
  byDay: Summary['byDay'],
  scope: Pick<ViewFilters, 'from' | 'to'>,
): Timeline {
  const first = byDay[0]?.date;
  const last = byDay.at(-1)?.date;
  if (!first || !last) return { granularity: 'day', buckets: [] };
  let start = first < FLOOD_START ? first : FLOOD_START;
  let end = last;
  if (scope.from && scope.from > start) start = scope.from;
  if (scope.to && scope.to < end) end = scope.to;
  if (start > end) {
    // Records that began before `from` and lasted into the range: show their first day.
    start = end;
  }
  const granularity = chooseGranularity(start, end);
  const buckets: TimeBucket[] = [];
  const index = new Map<string, TimeBucket>();
  for (let b = bucketStart(start, granularity); b <= end; b = nextBucket(b, granularity)) {
    const bucket: TimeBucket = {
      start: b < start ? start : b,
      end: '',
      activities: emptyParts(),
      funds: emptyParts(),
      workers: emptyParts(),
    };
    const next = addDays(nextBucket(b, granularity), -1);
    bucket.end = next > end ? end : next;
    buckets.push(bucket);
    index.set(b, bucket);
  }
  for (const d of byDay) {
    const day = d.date < start ? start : d.date > end ? end : d.date;
    const bucket = index.get(bucketStart(day, granularity));
    if (!bucket) continue;
    addParts(bucket.activities, d.activities);
    addParts(bucket.funds, d.fundsYuan);
    addParts(bucket.workers, d.workersServed);
  }
  return { granularity, buckets };
}

/** True when any part of the rows is illustrative (the chart then carries the marker). */
export function hasIllustrative(rows: readonly Parts[]): boolean {
  return rows.some((r) => r.illustrative > 0);
}
