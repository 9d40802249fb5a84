/**
 * Figures split by provenance, and days summed into a continuous timeline: shared by the
 * overview's chart over time and the map's district panel, so both draw the same buckets.
 */
import type { Split, Summary } from '@/api/contract';
import { addDays, daysBetween, FLOOD_START } from '@/filters/date-range';
import type { ViewFilters } from '@/filters/url-filters';

export interface Parts {
  reported: number;
  entered: number;
  illustrative: number;
}

/** The parts in the order every chart stacks them (bottom up) and every legend lists them. */
export const PARTS = [
  'reported',
  'entered',
  'illustrative',
] as const satisfies readonly (keyof Parts)[];
export type Part = (typeof PARTS)[number];

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
