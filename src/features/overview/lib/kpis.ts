import type { Split, Summary } from '@/api/contract';

export type KpiKey = 'funds' | 'workers' | 'districts' | 'activities' | 'goods';

export interface Kpi {
  key: KpiKey;
  value: number;
  /** The part of `value` that comes from illustrative records or figures. */
  illustrative: number;
  kind: 'money' | 'count';
}

export function splitTotal(s: Split): number {
  return s.reported + s.illustrative + s.entered;
}

/** The headline figures of a summary, each with how much of it is illustrative. */
export function kpisFromSummary(summary: Summary): Kpi[] {
  const t = summary.totals;
  return [
    {
      key: 'funds',
      value: splitTotal(t.fundsYuan),
      illustrative: t.fundsYuan.illustrative,
      kind: 'money',
    },
    {
      key: 'workers',
      value: splitTotal(t.workersServed),
      illustrative: t.workersServed.illustrative,
      kind: 'count',
    },
    // A district counts as visited on any record; whether it is illustrative is shown per record.
    { key: 'districts', value: t.districtsVisited, illustrative: 0, kind: 'count' },
    {
      key: 'activities',
      value: splitTotal(t.activities),
      illustrative: t.activities.illustrative,
      kind: 'count',
    },
    {
      key: 'goods',
      value: splitTotal(t.goodsQuantity),
      illustrative: t.goodsQuantity.illustrative,
      kind: 'count',
    },
  ];
}
