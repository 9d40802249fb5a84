/**
 * Chart data from the summary: pure functions, run once per summary (memoised by the
 * components), never per render. Every row keeps its reported / entered / illustrative parts so
 * the charts can draw illustrative data apart, and says which records lie behind it.
 */
import type { ActivityType, Split, Summary } from '@/api/contract';
import type { ViewFilters } from '@/filters/url-filters';
import { parts, partsTotal, type Parts } from '@/lib/timeline';
import {
  activityTypeColor,
  districtColor,
  goodsKindColor,
  NEUTRAL_COLOR,
  organizationColor,
} from '@/lib/palette';

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

/** True when any part of the rows is illustrative (the chart then carries the marker). */
export function hasIllustrative(rows: readonly Parts[]): boolean {
  return rows.some((r) => r.illustrative > 0);
}
