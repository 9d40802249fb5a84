import { describe, expect, it } from 'vitest';
import type { Kpi } from '@/features/overview/lib/kpis';
import { kpiDeltas, previousPeriod } from '@/features/overview/lib/period';
import { FLOOD_START, matchingPreset, presetRange } from '@/filters/date-range';

describe('previous period', () => {
  it('is the same number of days just before the selected period', () => {
    expect(previousPeriod('2023-08-01', '2023-08-07', '2023-08-31')).toEqual({
      current: { from: '2023-08-01', to: '2023-08-07', days: 7 },
      previous: { from: '2023-07-25', to: '2023-07-31', days: 7 },
    });
  });

  it('crosses month and year ends', () => {
    expect(previousPeriod('2024-01-01', '2024-01-31', undefined)?.previous).toEqual({
      from: '2023-12-01',
      to: '2023-12-31',
      days: 31,
    });
    expect(previousPeriod('2024-03-01', '2024-03-01', undefined)?.previous).toMatchObject({
      from: '2024-02-29',
      to: '2024-02-29',
    });
  });

  it('counts an open end up to the latest record', () => {
    expect(previousPeriod('2023-08-21', undefined, '2023-08-30')?.previous).toEqual({
      from: '2023-08-11',
      to: '2023-08-20',
      days: 10,
    });
  });

  it('does not exist without a start date (none is invented)', () => {
    expect(previousPeriod(undefined, '2023-08-07', '2023-08-31')).toBeNull();
    expect(previousPeriod(undefined, undefined, '2023-08-31')).toBeNull();
    expect(previousPeriod('2023-08-01', undefined, undefined)).toBeNull();
    expect(previousPeriod('2023-09-10', undefined, '2023-08-31')).toBeNull();
  });
});

const kpi = (key: Kpi['key'], value: number): Kpi => ({
  key,
  value,
  illustrative: 0,
  kind: key === 'funds' ? 'money' : 'count',
});

describe('KPI deltas', () => {
  it('give the change and its ratio to the previous period', () => {
    const d = kpiDeltas(
      [kpi('funds', 150), kpi('workers', 50), kpi('activities', 4)],
      [kpi('funds', 100), kpi('workers', 100), kpi('activities', 4)],
    );
    expect(d.get('funds')).toMatchObject({ previous: 100, change: 50, ratio: 0.5 });
    expect(d.get('workers')).toMatchObject({ change: -50, ratio: -0.5 });
    expect(d.get('activities')).toMatchObject({ change: 0, ratio: 0 });
  });

  it('have no ratio when the previous period had nothing', () => {
    const d = kpiDeltas([kpi('goods', 30)], [kpi('goods', 0)]);
    expect(d.get('goods')).toEqual({ key: 'goods', previous: 0, change: 30, ratio: null });
  });

  it('treat non-finite figures as zero', () => {
    const d = kpiDeltas([kpi('goods', Number.NaN)], [kpi('goods', 5)]);
    expect(d.get('goods')).toMatchObject({ change: -5, ratio: -1 });
  });
});

describe('date presets', () => {
  it('count "last N days" back from the latest record, not from today', () => {
    expect(presetRange('last7', '2023-08-31')).toEqual({ from: '2023-08-25', to: '2023-08-31' });
    expect(presetRange('last30', '2023-08-31')).toEqual({ from: '2023-08-02', to: '2023-08-31' });
    expect(presetRange('sinceFlood', '2023-08-31')).toEqual({ from: FLOOD_START, to: undefined });
  });

  it('are recognised from the URL dates', () => {
    expect(matchingPreset({ from: '2023-08-25', to: '2023-08-31' }, '2023-08-31')).toBe('last7');
    expect(matchingPreset({ from: undefined, to: undefined }, '2023-08-31')).toBe('all');
    expect(matchingPreset({ from: '2023-08-03', to: '2023-08-31' }, '2023-08-31')).toBe('custom');
    expect(matchingPreset({ from: '2023-08-25', to: '2023-08-31' }, undefined)).toBe('custom');
  });
});
