import { describe, expect, it } from 'vitest';
import { generateDataset } from '@mocks/data/generator';
import { listActivities, summarize } from '@mocks/lib/query';
import { makeActivity, makeFund } from '../support/factories';

const reported = { kind: 'reported' as const, source: 'report', quote: '服务职工群众达2800余人' };
const asOf = '2023-09-01T00:00:00Z';
const lookup = { organizations: new Map(), sites: new Map() };

describe('summarize', () => {
  const huairou = makeActivity({
    date: '2023-08-10',
    districtCodes: ['110116'],
    workersServed: { value: 2800, basis: 'reported', atLeast: true },
    provenance: reported,
  });
  const illustrative = makeActivity({
    date: '2023-08-02',
    districtCodes: ['110109', '110111'],
    workersServed: { value: 300, basis: 'illustrative', atLeast: false },
    goods: [{ kind: 'water', quantity: 200, unit: '箱', basis: 'illustrative' }],
  });
  const fundWithoutAmount = makeFund({ amount: null, provenance: reported });
  const fund = makeFund({
    recipientDistrictCode: '110109',
    amount: { yuan: 500_000, basis: 'illustrative' },
  });

  it('splits totals by how they are known', () => {
    const s = summarize([huairou, illustrative], [fundWithoutAmount, fund], {}, asOf);
    expect(s.totals.workersServed).toEqual({ reported: 2800, illustrative: 300, entered: 0 });
    expect(s.totals.fundsYuan).toEqual({ reported: 0, illustrative: 500_000, entered: 0 });
    expect(s.totals.fundAllocationsWithoutAmount).toBe(1);
    expect(s.totals.districtsVisited).toBe(3);
    expect(s.totals.activities).toEqual({ reported: 1, illustrative: 1, entered: 0 });
    expect(s.byGoodsKind).toEqual([
      {
        kind: 'water',
        deliveries: { reported: 0, illustrative: 1, entered: 0 },
        quantity: { reported: 0, illustrative: 200, entered: 0 },
      },
    ]);
  });

  it('leaves illustrative records out for "facts only"', () => {
    const s = summarize(
      [huairou, illustrative],
      [fundWithoutAmount, fund],
      { excludeIllustrative: true },
      asOf,
    );
    expect(s.totals.workersServed).toEqual({ reported: 2800, illustrative: 0, entered: 0 });
    expect(s.totals.fundsYuan.illustrative).toBe(0);
    expect(s.totals.districtsVisited).toBe(1);
  });

  it('counts an illustrative figure of a reported record only when illustrative data is allowed', () => {
    const mixed = makeActivity({
      provenance: reported,
      cash: null,
      workersServed: { value: 40, basis: 'illustrative', atLeast: false },
    });
    expect(summarize([mixed], [], {}, asOf).totals.workersServed.illustrative).toBe(40);
    expect(
      summarize([mixed], [], { excludeIllustrative: true }, asOf).totals.workersServed.illustrative,
    ).toBe(0);
    expect(
      summarize([mixed], [], { excludeIllustrative: true }, asOf).totals.activities.reported,
    ).toBe(1);
  });

  it('filters by district, date and type; a district filter hides the other districts of a record', () => {
    const s = summarize([huairou, illustrative], [fund], { districts: ['110111'] }, asOf);
    expect(s.byDistrict.map((d) => d.districtCode)).toEqual(['110111']);
    expect(s.totals.fundsYuan.illustrative).toBe(0);
    expect(
      summarize([huairou, illustrative], [], { from: '2023-08-05' }, asOf).totals.activities
        .illustrative,
    ).toBe(0);
    expect(
      summarize([huairou], [fund], { types: ['heat_relief'] }, asOf).totals.activities.reported,
    ).toBe(0);
    expect(
      summarize([huairou], [fund], { types: ['fund_delivery'] }, asOf).totals.fundsYuan
        .illustrative,
    ).toBe(500_000);
  });

  it('counts a multi-day activity in a range it overlaps', () => {
    const training = makeActivity({ date: '2023-08-14', endDate: '2023-08-17' });
    expect(
      summarize([training], [], { from: '2023-08-16', to: '2023-08-20' }, asOf).totals.activities
        .illustrative,
    ).toBe(1);
    expect(
      summarize([training], [], { from: '2023-08-18' }, asOf).totals.activities.illustrative,
    ).toBe(0);
  });

  it('is empty, not broken, for no records', () => {
    const s = summarize([], [], {}, asOf);
    expect(s.totals.districtsVisited).toBe(0);
    expect(s.byDay).toEqual([]);
  });
});

describe('listing', () => {
  it('searches Chinese text, sorts newest first and pages', () => {
    const rows = [
      makeActivity({ date: '2023-08-01', title: { zh: '门头沟慰问', en: '' } }),
      makeActivity({ date: '2023-08-09', title: { zh: '房山清淤', en: '' } }),
      makeActivity({ date: '2023-08-05', title: { zh: '房山慰问', en: '' } }),
    ];
    const page = listActivities(rows, { q: '房山', limit: 1 }, lookup);
    expect(page.total).toBe(2);
    expect(page.items.map((a) => a.title.zh)).toEqual(['房山清淤']);
    expect(
      listActivities(rows, { sort: 'date', offset: 1, limit: 5 }, lookup).items.map((a) => a.date),
    ).toEqual(['2023-08-05', '2023-08-09']);
  });
});

describe('listing many records', () => {
  // Enough rows that the first page is picked without sorting everything.
  const { activities } = generateDataset({ activities: 2000, sites: 50, seed: 7 });

  it.each(['-date', 'date', '-workersServed', 'type'])(
    'returns the same first pages as a full sort (%s)',
    (sort) => {
      const sorted = listActivities(activities, { sort, limit: 1000 }, lookup).items;
      for (const [offset, limit] of [
        [0, 8],
        [8, 8],
        [50, 50],
      ] as const) {
        const page = listActivities(activities, { sort, offset, limit }, lookup);
        expect(page.total).toBe(activities.length);
        expect(page.items.map((a) => a.id)).toEqual(
          sorted.slice(offset, offset + limit).map((a) => a.id),
        );
      }
    },
  );
});
