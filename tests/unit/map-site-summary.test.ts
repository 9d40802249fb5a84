import { describe, expect, it } from 'vitest';
import { siteSummarySchema } from '@/api/contract';
import { seedDataset } from '@mocks/data';
import { summarizeSites } from '@mocks/lib/site-summary';

const sites = new Map(seedDataset.sites.map((s) => [s.id, s]));
const asOf = '2023-09-01T08:00:00.000Z';

describe('per-site summary (GET /sites/summary)', () => {
  it('matches the contract and lists every site an activity refers to', () => {
    const summary = siteSummarySchema.parse(
      summarizeSites(seedDataset.activities, sites, {}, asOf),
    );
    const referenced = new Set(seedDataset.activities.flatMap((a) => a.siteIds));
    expect(new Set(summary.sites.map((s) => s.siteId))).toEqual(referenced);
    for (const s of summary.sites) {
      expect(s.firstDate <= s.lastDate).toBe(true);
      expect(s.activities).toBeGreaterThan(0);
    }
  });

  it('keeps only the filtered district’s sites and counts workers by basis', () => {
    const summary = summarizeSites(seedDataset.activities, sites, { districts: ['110111'] }, asOf);
    expect(summary.sites.length).toBeGreaterThan(0);
    for (const s of summary.sites) expect(sites.get(s.siteId)?.districtCode).toBe('110111');
  });

  it('leaves illustrative records out with facts only', () => {
    const all = summarizeSites(seedDataset.activities, sites, {}, asOf);
    const facts = summarizeSites(
      seedDataset.activities,
      sites,
      { excludeIllustrative: true },
      asOf,
    );
    expect(facts.sites.length).toBeLessThan(all.sites.length);
    for (const s of facts.sites) expect(s.workersServed.illustrative).toBe(0);
  });

  it('orders types by frequency and merges lead and partner organizations', () => {
    const base = seedDataset.activities[0]!;
    const mk = (id: string, type: typeof base.type, org: string, partners: string[]) => ({
      ...base,
      id,
      type,
      organizationId: org,
      partnerOrganizationIds: partners,
      siteIds: ['s1', 's1'],
      districtCodes: ['110111'],
      date: '2023-08-02',
      endDate: null,
      provenance: { kind: 'entered' as const, note: '' },
      workersServed: { value: 10, basis: 'entered' as const, atLeast: false },
    });
    const summary = summarizeSites(
      [
        mk('a', 'training', 'o2', ['o1']),
        mk('b', 'heat_relief', 'o3', []),
        mk('c', 'heat_relief', 'o1', []),
      ],
      new Map(),
      {},
      asOf,
    );
    expect(summary.sites).toHaveLength(1);
    const [s] = summary.sites;
    expect(s).toMatchObject({
      siteId: 's1',
      activities: 3,
      organizationIds: ['o1', 'o2', 'o3'],
      types: ['heat_relief', 'training'],
      workersServed: { reported: 0, illustrative: 0, entered: 30 },
    });
  });
});
