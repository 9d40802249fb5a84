import { describe, expect, it } from 'vitest';
import type { Split, Summary } from '@/api/contract';
import fc from 'fast-check';
import {
  formatCountCompact,
  tickFormatter,
  truncateLabel,
  wrapLabel,
} from '@/features/charts/lib/format';
import { labelWidth } from '@/lib/label-spacing';
import {
  OTHERS_KEY,
  fundsByDistrict,
  fundsBySource,
  topN,
  type CategoryRow,
  type Names,
} from '@/features/charts/lib/series';
import { MAX_POINTS, timeline } from '@/lib/timeline';
import { NEUTRAL_COLOR, districtColor } from '@/lib/palette';

const split = (reported = 0, illustrative = 0, entered = 0): Split => ({
  reported,
  illustrative,
  entered,
});

const day = (date: string, activities: number, funds = 0): Summary['byDay'][number] => ({
  date,
  activities: split(activities),
  fundsYuan: split(0, funds),
  workersServed: split(),
});

const names: Names = {
  district: (c) => ({ '110111': '房山区', '110114': '昌平区' })[c],
  organization: (id) => ({ 'org-a': '市总工会', 'org-b': '基金会' })[id],
  type: (t) => t,
  goods: (k) => k,
};

function summaryWith(parts: Partial<Summary>): Summary {
  return {
    asOf: '2023-09-01T00:00:00+08:00',
    totals: {
      fundsYuan: split(),
      fundAllocationsWithoutAmount: 0,
      workersServed: split(),
      activities: split(),
      districtsVisited: 0,
      goodsQuantity: split(),
    },
    byDistrict: [],
    bySource: [],
    byType: [],
    byDay: [],
    byGoodsKind: [],
    ...parts,
  };
}

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

describe('timeline', () => {
  it('runs day by day from the start of the flood, with empty days as zeros', () => {
    const tl = timeline([day('2023-08-01', 2), day('2023-08-03', 1, 50_000)], {
      from: undefined,
      to: undefined,
    });
    expect(tl.granularity).toBe('day');
    expect(tl.buckets[0]?.start).toBe('2023-07-29');
    expect(tl.buckets.at(-1)?.end).toBe('2023-08-03');
    expect(tl.buckets).toHaveLength(6);
    expect(tl.buckets.map((b) => b.activities.reported)).toEqual([0, 0, 0, 2, 0, 1]);
    expect(tl.buckets[5]?.funds.illustrative).toBe(50_000);
  });

  it('is cut to the scope', () => {
    const tl = timeline([day('2023-08-01', 2), day('2023-08-05', 1)], {
      from: '2023-08-02',
      to: '2023-08-04',
    });
    expect(tl.buckets.map((b) => b.start)).toEqual(['2023-08-02', '2023-08-03', '2023-08-04']);
  });

  it('sums long ranges by Monday-based week without losing anything', () => {
    const days = Array.from({ length: 200 }, (_, i) => {
      const d = new Date(Date.UTC(2023, 6, 29 + i)).toISOString().slice(0, 10);
      return day(d, (i % 5) + 1, 1000);
    });
    const tl = timeline(days, { from: undefined, to: undefined });
    expect(tl.granularity).toBe('week');
    // 2023-07-29 is a Saturday: the first week is cut to the range, the next starts on Monday.
    expect(tl.buckets[0]).toMatchObject({ start: '2023-07-29', end: '2023-07-30' });
    expect(tl.buckets[1]?.start).toBe('2023-07-31');
    expect(new Date(`${tl.buckets[1]?.start}T00:00:00Z`).getUTCDay()).toBe(1);
    expect(sum(tl.buckets.map((b) => b.activities.reported))).toBe(
      sum(days.map((d) => d.activities.reported)),
    );
    expect(sum(tl.buckets.map((b) => b.funds.illustrative))).toBe(200 * 1000);
  });

  it('never has more than MAX_POINTS points, even over decades', () => {
    const tl = timeline([day('1990-01-01', 1), day('2023-08-31', 1)], {
      from: undefined,
      to: undefined,
    });
    expect(tl.buckets.length).toBeLessThanOrEqual(MAX_POINTS);
    expect(sum(tl.buckets.map((b) => b.activities.reported))).toBe(2);
  });

  it('is empty without days', () => {
    expect(timeline([], { from: undefined, to: undefined }).buckets).toEqual([]);
  });
});

describe('category rows', () => {
  const row = (key: string, total: number): CategoryRow => ({
    key,
    label: key,
    color: '#000',
    reported: total,
    entered: 0,
    illustrative: 0,
    total,
    narrow: { organizations: [key] },
    extra: { allocations: 1 },
  });

  it('keeps the largest rows and sums the rest into "others"', () => {
    const rows = [row('a', 5), row('b', 50), row('c', 1), row('d', 7), row('e', 2)];
    const out = topN(rows, 2, '其他');
    expect(out.map((r) => r.key)).toEqual(['b', 'd', OTHERS_KEY]);
    const others = out[2]!;
    expect(others.total).toBe(8);
    expect(others.extra).toEqual({ allocations: 3, members: 3 });
    expect(others.narrow).toBeNull();
    expect(others.color).toBe(NEUTRAL_COLOR);
  });

  it('does not fold a single leftover row into "others"', () => {
    expect(topN([row('a', 1), row('b', 2), row('c', 3)], 2, '其他').map((r) => r.key)).toEqual([
      'c',
      'b',
      'a',
    ]);
  });

  it('gives unknown districts and organizations their raw id and the neutral colour', () => {
    const summary = summaryWith({
      byDistrict: [
        {
          districtCode: '110111',
          fundsYuan: split(0, 300),
          workersServed: split(),
          activities: split(),
        },
        {
          districtCode: '110199',
          fundsYuan: split(100),
          workersServed: split(),
          activities: split(),
        },
        // Visited but no money: not a bar of the funds chart.
        {
          districtCode: '110114',
          fundsYuan: split(),
          workersServed: split(5),
          activities: split(1),
        },
      ],
      bySource: [{ organizationId: 'org-x', fundsYuan: split(10), allocations: 2 }],
    });
    const districts = fundsByDistrict(summary, names);
    expect(districts.map((r) => [r.label, r.color])).toEqual([
      ['房山区', districtColor('110111')],
      ['110199', NEUTRAL_COLOR],
    ]);
    expect(districts[0]).toMatchObject({ illustrative: 300, total: 300 });
    expect(districts[0]?.narrow).toEqual({ districts: ['110111'] });
    const [source] = fundsBySource(summary, names, '其他');
    expect(source).toMatchObject({ label: 'org-x', color: NEUTRAL_COLOR });
    expect(source?.extra.allocations).toBe(2);
  });
});

describe('axis ticks and labels', () => {
  it('stay short and readable from zero to huge values', () => {
    const zh = tickFormatter('count', 'zh-CN');
    const en = tickFormatter('count', 'en');
    expect(zh(0)).toBe('0');
    expect(zh(25_000)).toBe('2.5万');
    expect(en(25_000)).toBe('25K');
    expect(en(1e12).length).toBeLessThan(6);
    expect(tickFormatter('money', 'zh-CN')(3e8)).toBe('3亿');
    expect(tickFormatter('money', 'zh-CN')(8_730_000)).toBe('873万');
    expect(formatCountCompact(Number.NaN, 'en')).toBe('0');
  });

  it('cut long names with an ellipsis and drop bidi controls', () => {
    const long = '很'.repeat(10_000);
    expect(truncateLabel(long, 10)).toBe(`${'很'.repeat(9)}…`);
    expect(truncateLabel('房山区', 10)).toBe('房山区');
    expect(truncateLabel('\u202Eevil\u202C name', 20)).toBe('evil name');
    // Surrogate pairs are not split.
    expect(truncateLabel('😀😀😀😀', 3)).toBe('😀😀…');
  });

  describe('category labels on two lines', () => {
    // 140 px at 12.8 px text: 18 Latin characters a line, 10 Chinese.
    const wrap = (label: string, lines = 2) => wrapLabel(label, 140, 12.8, lines);

    it('keep a name that fits whole, on one line', () => {
      expect(wrap('房山区')).toEqual(['房山区']);
      expect(wrap('Fangshan')).toEqual(['Fangshan']);
    });

    it('break English between words, keeping each word whole', () => {
      expect(wrap('Beijing Federation of Trade Unions')).toEqual([
        'Beijing Federation',
        'of Trade Unions',
      ]);
    });

    it('end with an ellipsis what two lines cannot hold', () => {
      expect(wrap('Fangshan District Federation of Trade Unions')).toEqual([
        'Fangshan District',
        'Federation of…',
      ]);
      expect(wrap('北京市总工会职工服务中心北京市总工会职工服务中心')).toEqual([
        '北京市总工会职工服务',
        '中心北京市总工会职工…',
      ]);
      expect(wrap('Beijing Federation of Trade Unions', 1)).toEqual(['Beijing Federatio…']);
    });

    it('cut a word longer than a line, and drop bidi controls', () => {
      expect(wrap('Supercalifragilisticexpialidocious')).toEqual([
        'Supercalifragilist',
        'icexpialidocious',
      ]);
      expect(wrap('\u202Eevil\u202C name')).toEqual(['evil name']);
    });

    it('never give more lines than asked, each within the width, and lose no text but a tail', () => {
      fc.assert(
        fc.property(fc.string({ maxLength: 80 }), fc.integer({ min: 1, max: 3 }), (label, max) => {
          const lines = wrap(label, max);
          expect(lines.length).toBeLessThanOrEqual(max);
          for (const line of lines) {
            // A single character wider than the line is the only overflow allowed.
            if ([...line.replace('…', '')].length > 1)
              expect(labelWidth(line, 12.8)).toBeLessThanOrEqual(140);
          }
          const shown = lines.join('').replace(/…$/, '').replace(/\s/g, '');
          const whole = label
            .replace(/[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '')
            .replace(/\s/g, '');
          expect(whole.startsWith(shown)).toBe(true);
        }),
      );
    });
  });
});
