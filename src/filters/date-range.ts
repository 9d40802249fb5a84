/**
 * Calendar-day arithmetic and the date presets of the filter bar. Days are `YYYY-MM-DD` in
 * Beijing time and are handled as UTC dates, so no time zone or DST can shift them.
 */
import type { ViewFilters } from './url-filters';

/** The heavy rain began on 29 July 2023: "since the flood began" starts here. */
export const FLOOD_START = '2023-07-29';

const DAY_MS = 86_400_000;

function toTime(day: string): number {
  return Date.parse(`${day}T00:00:00Z`);
}

export function addDays(day: string, days: number): string {
  return new Date(toTime(day) + days * DAY_MS).toISOString().slice(0, 10);
}

/** Whole days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: string, to: string): number {
  return Math.round((toTime(to) - toTime(from)) / DAY_MS);
}

export type DatePreset = 'all' | 'sinceFlood' | 'last7' | 'last30' | 'custom';
export const datePresets: readonly DatePreset[] = [
  'all',
  'sinceFlood',
  'last7',
  'last30',
  'custom',
];

/**
 * The from/to a preset stands for. "Last 7/30 days" count back from `anchor`, the latest day
 * with records (the demo data ends in August 2023, so "today" would show nothing).
 */
export function presetRange(
  preset: Exclude<DatePreset, 'custom'>,
  anchor: string | undefined,
): Pick<ViewFilters, 'from' | 'to'> {
  switch (preset) {
    case 'all':
      return { from: undefined, to: undefined };
    case 'sinceFlood':
      return { from: FLOOD_START, to: undefined };
    case 'last7':
    case 'last30': {
      if (!anchor) return { from: undefined, to: undefined };
      const span = preset === 'last7' ? 7 : 30;
      return { from: addDays(anchor, -(span - 1)), to: anchor };
    }
  }
}

/** Which preset the current from/to match, or 'custom'. */
export function matchingPreset(
  filters: Pick<ViewFilters, 'from' | 'to'>,
  anchor: string | undefined,
): DatePreset {
  for (const preset of ['all', 'sinceFlood', 'last7', 'last30'] as const) {
    if ((preset === 'last7' || preset === 'last30') && !anchor) continue;
    const r = presetRange(preset, anchor);
    if (r.from === filters.from && r.to === filters.to) return preset;
  }
  return 'custom';
}
