import { describe, expect, it } from 'vitest';
import { sequentialScale } from '@/lib/palette';
import { classColors, classify, quantileBreaks } from '@/features/map/lib/breaks';
import { buildChoropleth, ZERO_FILL } from '@/features/map/lib/choropleth';
import type { DistrictValue } from '@/features/map/lib/measure';

describe('quantile class breaks', () => {
  it('spreads skewed data over the classes instead of lumping it in the first', () => {
    // One district gets almost everything, as Fangshan does.
    const values = [1, 2, 2, 3, 4, 5, 6, 8, 10, 12, 15, 20, 40, 80, 9000];
    const breaks = quantileBreaks(values, 5);
    expect(breaks.upper).toHaveLength(5);
    const counts = [0, 0, 0, 0, 0];
    for (const v of values) counts[classify(v, breaks)]! += 1;
    for (const c of counts) expect(c).toBeGreaterThanOrEqual(2);
    // Equal intervals would have put 14 of 15 in the first class.
    expect(classify(9000, breaks)).toBe(4);
    expect(classify(1, breaks)).toBe(0);
  });

  it('has ascending, distinct upper bounds and legend ranges taken from the data', () => {
    const breaks = quantileBreaks([5, 5, 5, 5, 7, 9, 100], 5);
    for (let i = 1; i < breaks.upper.length; i += 1)
      expect(breaks.upper[i]!).toBeGreaterThan(breaks.upper[i - 1]!);
    expect(breaks.ranges[0]).toEqual([5, 5]);
    expect(breaks.ranges.at(-1)![1]).toBe(100);
    for (const [min, max] of breaks.ranges) expect(min).toBeLessThanOrEqual(max);
  });

  it('has no classes when everything is zero, and zero is never classed', () => {
    const breaks = quantileBreaks([0, 0, 0], 5);
    expect(breaks.upper).toEqual([]);
    expect(breaks.ranges).toEqual([]);
    expect(classify(0, breaks)).toBe(-1);
  });

  it('makes one class of a single value', () => {
    const breaks = quantileBreaks([0, 42, 0], 5);
    expect(breaks.upper).toEqual([42]);
    expect(breaks.ranges).toEqual([[42, 42]]);
    expect(classify(42, breaks)).toBe(0);
  });

  it('ignores NaN, infinities and negatives, and never returns NaN', () => {
    const breaks = quantileBreaks([Number.NaN, Infinity, -5, 3, 6], 5);
    expect(breaks.upper).toEqual([3, 6]);
    expect(breaks.upper.every(Number.isFinite)).toBe(true);
    expect(classify(Number.NaN, breaks)).toBe(-1);
    expect(classify(Infinity, breaks)).toBe(-1);
  });
});

describe('class colours', () => {
  it('come from the sequential scale, light to dark, without its lightest (zero) step', () => {
    const colors = classColors(sequentialScale, 5);
    expect(colors).toEqual(sequentialScale.slice(1));
    expect(colors).not.toContain(ZERO_FILL);
    expect(classColors(sequentialScale, 1)).toEqual([sequentialScale.at(-1)]);
    expect(classColors(sequentialScale, 0)).toEqual([]);
    const three = classColors(sequentialScale, 3);
    expect(new Set(three).size).toBe(3);
  });
});

describe('choropleth', () => {
  const v = (value: number, extra: Partial<DistrictValue> = {}): DistrictValue => ({
    value,
    illustrative: 0,
    hasRelief: value > 0,
    visited: value > 0,
    ...extra,
  });

  it('tells "no relief" apart from "relief but none of this measure"', () => {
    const c = buildChoropleth(
      ['110111', '110114', '110101'],
      new Map([
        ['110111', v(900, { illustrative: 900 })],
        ['110114', v(0, { hasRelief: true, visited: true })],
      ]),
    );
    expect(c.looks.get('110111')).toMatchObject({ state: 'class', visited: true });
    expect(c.looks.get('110114')).toMatchObject({ state: 'zero', fill: ZERO_FILL, visited: true });
    expect(c.looks.get('110101')).toMatchObject({ state: 'no-relief', fill: null, visited: false });
    expect(c.anyZero && c.anyNoRelief && c.anyIllustrative).toBe(true);
  });

  it('survives a measure that is zero everywhere', () => {
    const c = buildChoropleth(
      ['110111', '110114'],
      new Map([['110111', v(0, { hasRelief: true })]]),
    );
    expect(c.classes).toEqual([]);
    for (const look of c.looks.values()) expect(Number.isNaN(look.value)).toBe(false);
  });
});
