import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { districtBoundariesSchema, type Site, type SiteSummaryRow } from '@/api/contract';
import { gridCluster } from '@/features/map/lib/cluster';
import { boundariesIn, boundsOf } from '@/features/map/lib/geometry';
import { placeSites } from '@/features/map/lib/placement';
import { distanceMetres } from '@/lib/geo/datum';

const boundaries = districtBoundariesSchema.parse({
  ...JSON.parse(readFileSync('mocks/data/geo/beijing-districts.geojson', 'utf8')),
  attribution: 'test',
});

const row = (siteId: string): SiteSummaryRow => ({
  siteId,
  activities: 1,
  mainType: 'condolence_visit',
});
const site = (id: string, location: Site['location'], districtCode = '110111'): Site => ({
  id,
  name: { zh: id, en: id },
  kind: 'town',
  districtCode,
  location,
  provenance: { kind: 'illustrative', note: '' },
});

describe('placing sites', () => {
  it('places sites inside Beijing and lists the rest with a reason', () => {
    const sites = new Map(
      [
        site('doudian', { lon: 116.052, lat: 39.672, precision: 'approximate' }),
        site('nowhere', null),
        site('nan', { lon: Number.NaN, lat: 39.9, precision: 'exact' }),
        site('shanghai', { lon: 121.47, lat: 31.23, precision: 'exact' }),
        site('unknown-district', { lon: 116.4, lat: 39.91, precision: 'exact' }, '110103'),
        // In Fangshan, though its record names Huairou: still on the map (Beijing's outline counts).
        site('wrong-district', { lon: 116.052, lat: 39.672, precision: 'exact' }, '110116'),
      ].map((s) => [s.id, s]),
    );
    const { placed, unplaced } = placeSites(
      [
        'doudian',
        'nowhere',
        'nan',
        'shanghai',
        'unknown-district',
        'wrong-district',
        'deleted',
      ].map(row),
      sites,
      boundaries,
    );
    expect(placed.map((p) => p.site.id)).toEqual(['doudian', 'unknown-district', 'wrong-district']);
    expect(Object.fromEntries(unplaced.map((u) => [u.row.siteId, u.reason]))).toEqual({
      nowhere: 'no_location',
      nan: 'no_location',
      shanghai: 'outside_beijing',
      deleted: 'unknown_site',
    });
  });

  it('keeps the WGS-84 point and its GCJ-02 conversion a few hundred metres apart', () => {
    const sites = new Map([
      ['doudian', site('doudian', { lon: 116.052, lat: 39.672, precision: 'approximate' })],
    ]);
    const [p] = placeSites([row('doudian')], sites, boundaries).placed;
    expect(p!.wgs84).toEqual([116.052, 39.672]);
    const d = distanceMetres(p!.wgs84, p!.gcj02);
    expect(d).toBeGreaterThan(300);
    expect(d).toBeLessThan(800);
  });
});

describe('placing sites again after a filter change', () => {
  it('places an edited site where it now is, not where it was', () => {
    const before = site('moved', { lon: 116.052, lat: 39.672, precision: 'exact' });
    const first = placeSites([row('moved')], new Map([['moved', before]]), boundaries);
    expect(first.placed).toHaveLength(1);
    // Same site unchanged: same answer.
    expect(placeSites([row('moved')], new Map([['moved', before]]), boundaries)).toEqual(first);

    // Edited to a point in Shanghai: a new record, located again.
    const after = { ...before, location: { lon: 121.47, lat: 31.23, precision: 'exact' as const } };
    const second = placeSites([row('moved')], new Map([['moved', after]]), boundaries);
    expect(second.placed).toHaveLength(0);
    expect(second.unplaced[0]?.reason).toBe('outside_beijing');
  });
});

describe('boundaries in another datum', () => {
  it('moves every district by the datum shift when drawn on WGS-84 tiles', () => {
    const wgs = boundariesIn(boundaries, 'wgs84');
    expect(boundariesIn(boundaries, 'gcj02')).toBe(boundaries);
    const a = boundsOf(boundaries)!;
    const b = boundsOf(wgs)!;
    const shift = distanceMetres([a[0][1], a[0][0]], [b[0][1], b[0][0]]);
    expect(shift).toBeGreaterThan(100);
    expect(shift).toBeLessThan(800);
    expect(wgs.features).toHaveLength(16);
  });

  it('frames Beijing', () => {
    const [[s, w], [n, e]] = boundsOf(boundaries)!;
    expect(s).toBeGreaterThan(39.3);
    expect(n).toBeLessThan(41.2);
    expect(w).toBeGreaterThan(115.3);
    expect(e).toBeLessThan(117.6);
  });
});

describe('grid clustering', () => {
  const project = (lat: number, lng: number) => ({ x: lng * 100, y: -lat * 100 });
  const pos = (p: { lat: number; lng: number }) => p;

  it('groups points that share a cell and keeps distant ones apart', () => {
    const points = [
      { lat: 40.05, lng: 116.05 },
      { lat: 40.051, lng: 116.051 },
      { lat: 41, lng: 117 },
    ];
    const clusters = gridCluster(points, pos, project, 10);
    expect(clusters.map((c) => c.items.length).sort()).toEqual([1, 2]);
    const pair = clusters.find((c) => c.items.length === 2)!;
    expect(pair.lat).toBeCloseTo(40.0505, 6);
  });

  it('handles 5,000 points quickly and drops non-finite positions', () => {
    const points = Array.from({ length: 5000 }, (_, i) => ({
      lat: 39.5 + (i % 100) / 100,
      lng: 116 + Math.floor(i / 100) / 50,
    }));
    points.push({ lat: Number.NaN, lng: 116 });
    const clusters = gridCluster(points, pos, project, 44);
    expect(clusters.reduce((n, c) => n + c.items.length, 0)).toBe(5000);
    expect(clusters.length).toBeLessThan(200);
  });
});
