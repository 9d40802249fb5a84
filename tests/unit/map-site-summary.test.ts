import { describe, expect, it } from 'vitest';
import { siteDetailSchema, siteSummarySchema, type Activity } from '@/api/contract';
import { seedDataset } from '@mocks/data';
import { summarizeSite, summarizeSites } from '@mocks/lib/site-summary';

const sites = new Map(seedDataset.sites.map((s) => [s.id, s]));
const asOf = '2023-09-01T08:00:00.000Z';

const base = seedDataset.activities[0]!;
const activityAt = (
  id: string,
  type: Activity['type'],
  org: string,
  partners: string[],
  date: string,
  workers: NonNullable<Activity['workersServed']>,
): Activity => ({
  ...base,
  id,
  type,
  organizationId: org,
  partnerOrganizationIds: partners,
  siteIds: ['s1', 's1'],
  districtCodes: ['110111'],
  date,
  endDate: null,
  provenance: { kind: 'entered', note: '' },
  workersServed: workers,
});
const three = [
  activityAt('a', 'training', 'o2', ['o1'], '2023-08-09', {
    value: 10,
    basis: 'entered',
    atLeast: false,
  }),
  activityAt('b', 'heat_relief', 'o3', [], '2023-08-02', {
    value: 5,
    basis: 'illustrative',
    atLeast: false,
  }),
  activityAt('c', 'heat_relief', 'o1', [], '2023-08-05', {
    value: 20,
    basis: 'reported',
    atLeast: false,
  }),
];

describe('per-site summary for the markers (GET /sites/summary)', () => {
  it('matches the contract and lists every site an activity refers to', () => {
    const summary = siteSummarySchema.parse(
      summarizeSites(seedDataset.activities, sites, {}, asOf),
    );
    const referenced = new Set(seedDataset.activities.flatMap((a) => a.siteIds));
    expect(new Set(summary.sites.map((s) => s.siteId))).toEqual(referenced);
    for (const s of summary.sites) expect(s.activities).toBeGreaterThan(0);
  });

  it('keeps only the filtered district’s sites', () => {
    const summary = summarizeSites(seedDataset.activities, sites, { districts: ['110111'] }, asOf);
    expect(summary.sites.length).toBeGreaterThan(0);
    for (const s of summary.sites) expect(sites.get(s.siteId)?.districtCode).toBe('110111');
  });

  it('leaves sites of illustrative records only out with facts only', () => {
    const all = summarizeSites(seedDataset.activities, sites, {}, asOf);
    const facts = summarizeSites(
      seedDataset.activities,
      sites,
      { excludeIllustrative: true },
      asOf,
    );
    expect(facts.sites.length).toBeLessThan(all.sites.length);
  });

  it('counts an activity once per site and names the most frequent type', () => {
    const summary = summarizeSites(three, new Map(), {}, asOf);
    expect(summary.sites).toEqual([{ siteId: 's1', activities: 3, mainType: 'heat_relief' }]);
  });
});

describe('one site in detail (GET /sites/{id}/summary)', () => {
  it('orders types by frequency, merges organizations and spans the dates', () => {
    const detail = siteDetailSchema.parse(summarizeSite('s1', three, new Map(), {}, asOf));
    expect(detail.site).toEqual({
      siteId: 's1',
      activities: 3,
      organizationIds: ['o1', 'o2', 'o3'],
      types: ['heat_relief', 'training'],
      workersServed: { reported: 20, illustrative: 5, entered: 10 },
      firstDate: '2023-08-02',
      lastDate: '2023-08-09',
    });
  });

  it('drops illustrative workers with facts only, and is null with nothing in scope', () => {
    const facts = summarizeSite('s1', three, new Map(), { excludeIllustrative: true }, asOf);
    expect(facts.site?.workersServed.illustrative).toBe(0);
    expect(summarizeSite('s2', three, new Map(), {}, asOf).site).toBeNull();
    expect(summarizeSite('s1', three, new Map(), { from: '2023-08-10' }, asOf).site).toBeNull();
  });

  it('agrees with the markers’ list on every seed site', () => {
    const list = summarizeSites(seedDataset.activities, sites, {}, asOf);
    for (const row of list.sites) {
      const detail = summarizeSite(row.siteId, seedDataset.activities, sites, {}, asOf).site;
      expect(detail?.activities).toBe(row.activities);
      expect(detail?.types[0]).toBe(row.mainType);
    }
  });
});
