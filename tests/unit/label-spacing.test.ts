import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { labelInterval, labelWidth } from '@/lib/label-spacing';

describe('axis labels spaced by arithmetic', () => {
  it('counts Chinese characters a full em and Latin ones narrower', () => {
    expect(labelWidth('8月7日', 10)).toBeCloseTo(6 + 10 + 6 + 10);
    expect(labelWidth('Aug 7', 10)).toBeCloseTo(30);
  });

  it('shows every label when they fit, and none are dropped before the plot has a size', () => {
    expect(labelInterval(['8/1', '8/2', '8/3'], 600, 12, 12)).toBe(0);
    expect(labelInterval(['8/1', '8/2', '8/3'], 0, 12, 12)).toBe(0);
    expect(labelInterval([], 600, 12, 12)).toBe(0);
  });

  it('a month of daily dates on a narrow panel shows every seventh', () => {
    const days = Array.from({ length: 31 }, (_, i) => `8月${i + 1}日`);
    // "8月10日" is 3.8 em, 41.8 px at 11 px; with 12 px gaps 5 labels fit 260 px.
    expect(labelInterval(days, 260, 11, 12)).toBe(6);
  });

  it('the labels it keeps always fit side by side, with the gap between them', () => {
    fc.assert(
      fc.property(
        fc.array(fc.string({ maxLength: 12 }), { minLength: 1, maxLength: 400 }),
        fc.integer({ min: 40, max: 4000 }),
        fc.integer({ min: 8, max: 40 }),
        fc.integer({ min: 0, max: 40 }),
        (labels, width, fontSize, gap) => {
          const interval = labelInterval(labels, width, fontSize, gap);
          const shown = Math.ceil(labels.length / (interval + 1));
          const widest = Math.max(...labels.map((l) => labelWidth(l, fontSize)));
          // One label is always shown, even if it alone is too wide.
          if (shown > 1) expect(shown * (widest + gap) - gap).toBeLessThanOrEqual(width + 1e-6);
          // And no sparser than needed: one more label per step would not fit.
          if (interval > 0) {
            const denser = Math.ceil(labels.length / interval);
            expect(denser * (widest + gap) - gap).toBeGreaterThan(width);
          }
        },
      ),
    );
  });
});
