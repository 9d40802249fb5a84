import { describe, expect, it } from 'vitest';
import { parseFilters } from '@/filters/url-filters';
import {
  DEFAULT_MEASURE,
  districtValues,
  parseMeasure,
  writeMeasure,
} from '@/features/map/lib/measure';

describe('measure in the URL', () => {
  it('reads a known measure and falls back to the default for anything else', () => {
    expect(parseMeasure('?measure=funds')).toBe('funds');
    expect(parseMeasure('?measure=workers&district=110111')).toBe('workers');
    expect(parseMeasure('?measure=<img src=x>')).toBe(DEFAULT_MEASURE);
    expect(parseMeasure('')).toBe(DEFAULT_MEASURE);
  });

  it('writes the measure and keeps every other parameter', () => {
    const search = '?district=110111&lang=en&facts=1';
    const next = writeMeasure(search, 'funds');
    const p = new URLSearchParams(next);
    expect(p.get('measure')).toBe('funds');
    expect(p.get('lang')).toBe('en');
    expect(parseFilters(next).districts).toEqual(['110111']);
    expect(parseFilters(next).excludeIllustrative).toBe(true);
    // The default leaves the URL clean, and a round trip gives the same measure.
    expect(writeMeasure(next, DEFAULT_MEASURE)).not.toContain('measure=');
    expect(parseMeasure(writeMeasure('', 'workers'))).toBe('workers');
  });
});

describe('district values', () => {
  const split = (reported: number, illustrative = 0, entered = 0) => ({
    reported,
    illustrative,
    entered,
  });
  const rows = [
    {
      districtCode: '110111',
      fundsYuan: split(0, 9_000_000),
      workersServed: split(100, 50, 5),
      activities: split(3, 9, 1),
    },
    {
      districtCode: '110101',
      fundsYuan: split(50_000),
      workersServed: split(0),
      activities: split(0),
    },
  ];

  it('sums reported, illustrative and entered, and keeps the illustrative part apart', () => {
    const workers = districtValues(rows, 'workers').get('110111');
    expect(workers).toEqual({ value: 155, illustrative: 50, hasRelief: true, visited: true });
    expect(districtValues(rows, 'activities').get('110111')?.value).toBe(13);
    expect(districtValues(rows, 'funds').get('110111')?.illustrative).toBe(9_000_000);
  });

  it('counts funds without activities as relief but not as a visit', () => {
    expect(districtValues(rows, 'activities').get('110101')).toEqual({
      value: 0,
      illustrative: 0,
      hasRelief: true,
      visited: false,
    });
  });

  it('treats NaN and negative figures as zero', () => {
    const bad = [{ ...rows[0]!, activities: split(Number.NaN, -3, 2) }];
    expect(districtValues(bad, 'activities').get('110111')?.value).toBe(2);
  });
});
