/** The choropleth's measure, kept in the URL (`measure=`) next to the shared filters. */
import type { Split, Summary } from '@/api/contract';

export const measures = ['funds', 'workers', 'activities'] as const;
export type Measure = (typeof measures)[number];
export const DEFAULT_MEASURE: Measure = 'activities';
export const MEASURE_PARAM = 'measure';

export function isMeasure(v: unknown): v is Measure {
  return typeof v === 'string' && (measures as readonly string[]).includes(v);
}

export function parseMeasure(search: string): Measure {
  const v = new URLSearchParams(search).get(MEASURE_PARAM);
  return isMeasure(v) ? v : DEFAULT_MEASURE;
}

/** Writes the measure, keeping every other parameter; the default is left out of the URL. */
export function writeMeasure(search: string, measure: Measure): string {
  const p = new URLSearchParams(search);
  if (measure === DEFAULT_MEASURE) p.delete(MEASURE_PARAM);
  else p.set(MEASURE_PARAM, measure);
  const s = p.toString();
  return s ? `?${s}` : '';
}

export interface DistrictValue {
  value: number;
  /** Part of the value that is illustrative. */
  illustrative: number;
  /** Any activity or fund in scope at all (any measure). */
  hasRelief: boolean;
  /** At least one activity in scope. */
  visited: boolean;
}

const finite = (n: number) => (Number.isFinite(n) && n > 0 ? n : 0);
export const splitTotal = (s: Split) =>
  finite(s.reported) + finite(s.illustrative) + finite(s.entered);

function pick(row: Summary['byDistrict'][number], measure: Measure): Split {
  if (measure === 'funds') return row.fundsYuan;
  if (measure === 'workers') return row.workersServed;
  return row.activities;
}

/** Value per district code for one measure; districts missing from the summary are absent. */
export function districtValues(
  byDistrict: Summary['byDistrict'],
  measure: Measure,
): Map<string, DistrictValue> {
  const out = new Map<string, DistrictValue>();
  for (const row of byDistrict) {
    const split = pick(row, measure);
    const activities = splitTotal(row.activities);
    out.set(row.districtCode, {
      value: splitTotal(split),
      illustrative: finite(split.illustrative),
      hasRelief:
        activities > 0 || splitTotal(row.fundsYuan) > 0 || splitTotal(row.workersServed) > 0,
      visited: activities > 0,
    });
  }
  return out;
}
