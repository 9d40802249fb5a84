import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  activitySchema,
  districtBoundariesSchema,
  districtSchema,
  fundAllocationSchema,
  organizationSchema,
  siteSchema,
} from '@/api/contract';
import { pointInMultiPolygon } from '@/lib/geo/point-in-polygon';
import { seedDataset } from '@mocks/data';
import { generateDataset } from '@mocks/data/generator';

const report = readFileSync('mocks/data/source/union-relief-report-2023-08.txt', 'utf8');
const squash = (s: string) => s.replace(/\s+/g, '');
const reportText = squash(report);

const boundaries = JSON.parse(readFileSync('mocks/data/geo/beijing-districts.geojson', 'utf8')) as {
  features: { properties: { adcode: string }; geometry: { type: string; coordinates: unknown } }[];
};

function polygonsOf(code: string) {
  const feature = boundaries.features.find((f) => f.properties.adcode === code);
  if (!feature) throw new Error(`no boundary for ${code}`);
  const g = feature.geometry;
  return (g.type === 'Polygon' ? [g.coordinates] : g.coordinates) as [number, number][][][];
}

const { activities, funds, sites, organizations, districts } = seedDataset;
const byId = <T extends { id: string }>(rows: T[], id: string) => {
  const row = rows.find((r) => r.id === id);
  if (!row) throw new Error(`missing ${id}`);
  return row;
};

describe('seed dataset', () => {
  it('matches the API contract record by record', () => {
    for (const d of districts) districtSchema.parse(d);
    for (const o of organizations) organizationSchema.parse(o);
    for (const s of sites) siteSchema.parse(s);
    for (const a of activities) activitySchema.parse(a);
    for (const f of funds) fundAllocationSchema.parse(f);
    expect(districts).toHaveLength(16);
  });

  it('quotes the report word for word in every reported record', () => {
    const all = [...organizations, ...sites, ...activities, ...funds];
    const reported = all.filter((r) => r.provenance.kind === 'reported');
    expect(reported.length).toBeGreaterThan(25);
    for (const r of reported) {
      if (r.provenance.kind !== 'reported') continue;
      expect(reportText, `${r.id} quote`).toContain(squash(r.provenance.quote));
    }
  });

  it('never gives a reported record an amount the report does not give', () => {
    for (const f of funds.filter((x) => x.provenance.kind === 'reported'))
      expect(f.amount).toBeNull();
    for (const a of activities.filter((x) => x.provenance.kind === 'reported')) {
      expect(a.cash).toBeNull();
      for (const g of a.goods) expect(g.quantity).toBeNull();
    }
  });

  it('holds the eight reported facts of the product brief', () => {
    const fangshan = byId(activities, 'act-r-fangshan-visit');
    expect(fangshan.date).toBe('2023-08-07');
    expect(fangshan.leaders.map((l) => l.name)).toEqual(['张良', '暴剑', '齐文东']);
    expect(fangshan.siteIds.map((id) => byId(sites, id).name.zh).join()).toMatch(
      /苏村.*今日东方.*消防支队/,
    );

    const fangshanSources = funds
      .filter((f) => f.provenance.kind === 'reported' && f.recipientDistrictCode === '110111')
      .map((f) => byId(organizations, f.sourceOrganizationId).name.zh);
    expect(fangshanSources).toEqual(
      expect.arrayContaining(['北京市总工会', '朝阳区总工会', '东城区总工会', '北京市温暖基金会']),
    );
    expect(fangshanSources.some((n) => n.includes('中国职工保险互助会北京办事处'))).toBe(true);

    const changping = byId(activities, 'act-r-changping-visit');
    expect(changping.leaders[0]?.name).toBe('王冰');
    expect(changping.siteIds.map((id) => byId(sites, id).name.zh)).toEqual(
      expect.arrayContaining(['南口镇', '流村镇']),
    );
    expect(
      funds.some((f) => f.id === 'fund-r-bjftu-changping' && f.recipientDistrictCode === '110114'),
    ).toBe(true);

    expect(byId(activities, 'act-r-railway-goods').goods.map((g) => g.kind)).toEqual([
      'water',
      'food',
    ]);

    const huairou = byId(activities, 'act-r-huairou-townships');
    expect(huairou.workersServed).toEqual({ value: 2800, basis: 'reported', atLeast: true });
    expect(huairou.otherCounts[0]?.figure.value).toBe(16);
    expect(byId(activities, 'act-r-huairou-jiuduhe').siteIds).toEqual(['site-jiuduhe-town']);

    expect(byId(activities, 'act-r-xishan-heat-relief').goods.map((g) => g.kind)).toEqual([
      'cooling_pack',
      'medicine_kit',
      'water',
    ]);

    const competition = byId(activities, 'act-r-caregiver-competition');
    expect(competition.otherCounts.map((c) => [c.figure.value, c.figure.atLeast])).toEqual([
      [180, false],
      [280, true],
    ]);

    const training = byId(activities, 'act-r-etdz-training');
    expect(training.otherCounts.map((c) => c.figure.value)).toEqual([100, 4, 5]);
    expect(training.leaders[0]?.name).toBe('安春玲');
  });

  it('refers only to records that exist', () => {
    const orgIds = new Set(organizations.map((o) => o.id));
    const siteIds = new Set(sites.map((s) => s.id));
    const codes = new Set(districts.map((d) => d.code));
    for (const a of activities) {
      expect(orgIds.has(a.organizationId), a.id).toBe(true);
      for (const id of a.partnerOrganizationIds) expect(orgIds.has(id), a.id).toBe(true);
      for (const id of a.siteIds) expect(siteIds.has(id), a.id).toBe(true);
      for (const c of a.districtCodes) expect(codes.has(c), a.id).toBe(true);
    }
    for (const f of funds) {
      expect(orgIds.has(f.sourceOrganizationId), f.id).toBe(true);
      if (f.recipientOrganizationId) expect(orgIds.has(f.recipientOrganizationId), f.id).toBe(true);
    }
    const ids = [...organizations, ...sites, ...activities, ...funds].map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('places every site with a point inside its own district', () => {
    districtBoundariesSchema.parse({ ...boundaries, attribution: 'x' });
    for (const s of sites) {
      if (!s.location) continue;
      expect(
        pointInMultiPolygon([s.location.lon, s.location.lat], polygonsOf(s.districtCode)),
        s.id,
      ).toBe(true);
    }
  });

  it('adds flagged illustrative records in flood-hit districts and leaves central districts without relief', () => {
    const illustrative = activities.filter((a) => a.provenance.kind === 'illustrative');
    expect(illustrative.length).toBeGreaterThanOrEqual(40);
    expect(illustrative.length).toBeLessThanOrEqual(60);
    for (const a of illustrative) {
      expect(a.date >= '2023-07-29' && a.date <= '2023-08-31', a.id).toBe(true);
      expect(a.workersServed?.basis).toBe('illustrative');
    }
    const illustrativeFunds = funds.filter((f) => f.provenance.kind === 'illustrative');
    expect(illustrativeFunds.length).toBeGreaterThanOrEqual(20);
    expect(illustrativeFunds.length).toBeLessThanOrEqual(30);
    const reached = new Set([
      ...activities.flatMap((a) => a.districtCodes),
      ...funds.map((f) => f.recipientDistrictCode),
    ]);
    for (const code of ['110101', '110102', '110112', '110113', '110115'])
      expect(reached.has(code)).toBe(false);
  });
});

describe('generateDataset', () => {
  it('gives the same records for the same seed and the requested sizes', () => {
    const a = generateDataset({ activities: 500, sites: 50, seed: 7 });
    const b = generateDataset({ activities: 500, sites: 50, seed: 7 });
    expect(a).toEqual(b);
    expect(a.activities).toHaveLength(500);
    expect(a.sites).toHaveLength(50);
    expect(generateDataset({ activities: 500, sites: 50, seed: 8 }).activities).not.toEqual(
      a.activities,
    );
    for (const x of a.activities.slice(0, 50)) activitySchema.parse(x);
  });
});
