import { addDays, daysBetween } from '@/filters/date-range';
import type { Kpi, KpiKey } from './kpis';

export interface Period {
  from: string;
  to: string;
  days: number;
}

/**
 * The period just before the selected one, of the same length. There is none without a start
 * date; an open end counts up to `latestDay` (the last day with records).
 */
export function previousPeriod(
  from: string | undefined,
  to: string | undefined,
  latestDay: string | undefined,
): { current: Period; previous: Period } | null {
  if (!from) return null;
  const end = to ?? latestDay;
  if (!end || end < from) return null;
  const days = daysBetween(from, end) + 1;
  return {
    current: { from, to: end, days },
    previous: { from: addDays(from, -days), to: addDays(from, -1), days },
  };
}

export interface KpiDelta {
  key: KpiKey;
  previous: number;
  /** current − previous */
  change: number;
  /** change / previous; null when the previous period had nothing (no ratio exists). */
  ratio: number | null;
}

/** Change of each headline figure over the previous equal period. */
export function kpiDeltas(
  current: readonly Kpi[],
  previous: readonly Kpi[],
): Map<KpiKey, KpiDelta> {
  const before = new Map(previous.map((k) => [k.key, k.value]));
  const out = new Map<KpiKey, KpiDelta>();
  for (const k of current) {
    const prev = before.get(k.key) ?? 0;
    const value = Number.isFinite(k.value) ? k.value : 0;
    const p = Number.isFinite(prev) ? prev : 0;
    out.set(k.key, {
      key: k.key,
      previous: p,
      change: value - p,
      ratio: p > 0 ? (value - p) / p : null,
    });
  }
  return out;
}
