/**
 * Which visited sites can go on the map. Sites come in WGS-84 (docs/api.md, "Datums"); the
 * boundaries in GCJ-02. A site is placed when it exists, has finite coordinates and falls inside
 * one of Beijing's districts; everything else is listed, with the reason, for the note under
 * the map.
 */
import type { DistrictBoundaries, Site, SiteSummaryRow } from '@/api/contract';
import { wgs84ToGcj02 } from '@/lib/geo/datum';
import { pointInMultiPolygon, type PolygonRings } from '@/lib/geo/point-in-polygon';

export interface PlacedSite {
  row: SiteSummaryRow;
  site: Site;
  wgs84: [number, number];
  gcj02: [number, number];
}

export type UnplacedReason = 'unknown_site' | 'no_location' | 'outside_beijing';
export interface UnplacedSite {
  row: SiteSummaryRow;
  site: Site | undefined;
  reason: UnplacedReason;
}

interface Area {
  code: string;
  bbox: [minLon: number, minLat: number, maxLon: number, maxLat: number];
  polygons: PolygonRings[];
}

/** Polygons of every district with its bounding box, for fast "is it in Beijing?" tests. */
export function areasOf(boundaries: DistrictBoundaries): Area[] {
  return boundaries.features.map((f) => {
    const polygons: PolygonRings[] =
      f.geometry.type === 'Polygon'
        ? [f.geometry.coordinates as PolygonRings]
        : (f.geometry.coordinates as PolygonRings[]);
    const bbox: Area['bbox'] = [Infinity, Infinity, -Infinity, -Infinity];
    for (const polygon of polygons) {
      for (const position of polygon[0] ?? []) {
        // By index: see point-in-polygon.ts.
        const lon = position[0];
        const lat = position[1];
        if (lon < bbox[0]) bbox[0] = lon;
        if (lat < bbox[1]) bbox[1] = lat;
        if (lon > bbox[2]) bbox[2] = lon;
        if (lat > bbox[3]) bbox[3] = lat;
      }
    }
    return { code: f.properties.adcode, bbox, polygons };
  });
}

/**
 * Whether the point lies in any of the areas, trying `likelyCode`'s first: a site is nearly
 * always in the district its record names, and the districts' boxes overlap (the generator's
 * 5,000 sites took 6,159 outline tests in the boundaries' order, 5,339 this way).
 */
export function insideAreas(
  point: readonly [number, number],
  areas: readonly Area[],
  likelyCode?: string,
): boolean {
  const [lon, lat] = point;
  const inside = (a: Area) =>
    lon >= a.bbox[0] &&
    lon <= a.bbox[2] &&
    lat >= a.bbox[1] &&
    lat <= a.bbox[3] &&
    pointInMultiPolygon(point, a.polygons);
  const likely = areas.find((a) => a.code === likelyCode);
  return (likely !== undefined && inside(likely)) || areas.some((a) => a !== likely && inside(a));
}

type Located = { wgs84: [number, number]; gcj02: [number, number]; inside: boolean };

/**
 * Where each site falls, per boundaries and per site record. Sites do not move when the filters
 * change, so a filter change reuses this (5,000 point-in-polygon tests took ~170 ms); an edited
 * site is a new record and is located again.
 */
const locatedBy = new WeakMap<
  DistrictBoundaries,
  { areas: Area[]; sites: WeakMap<Site, Located> }
>();

function locatedIn(b: DistrictBoundaries) {
  let cache = locatedBy.get(b);
  if (!cache) {
    cache = { areas: areasOf(b), sites: new WeakMap() };
    locatedBy.set(b, cache);
  }
  return cache;
}

function locate(
  site: Site,
  at: { lon: number; lat: number },
  cache: ReturnType<typeof locatedIn>,
): Located {
  let located = cache.sites.get(site);
  if (!located) {
    const wgs84: [number, number] = [at.lon, at.lat];
    const gcj02 = wgs84ToGcj02(wgs84);
    located = { wgs84, gcj02, inside: insideAreas(gcj02, cache.areas, site.districtCode) };
    cache.sites.set(site, located);
  }
  return located;
}

export function placeSites(
  rows: readonly SiteSummaryRow[],
  sites: ReadonlyMap<string, Site>,
  boundaries: DistrictBoundaries,
): { placed: PlacedSite[]; unplaced: UnplacedSite[] } {
  const placed: PlacedSite[] = [];
  const unplaced: UnplacedSite[] = [];
  const located = locatedIn(boundaries);
  for (const row of rows) {
    const site = sites.get(row.siteId);
    if (!site) {
      unplaced.push({ row, site, reason: 'unknown_site' });
      continue;
    }
    const loc = site.location;
    if (!loc || !Number.isFinite(loc.lon) || !Number.isFinite(loc.lat)) {
      unplaced.push({ row, site, reason: 'no_location' });
      continue;
    }
    const { wgs84, gcj02, inside } = locate(site, loc, located);
    if (!inside) {
      unplaced.push({ row, site, reason: 'outside_beijing' });
      continue;
    }
    placed.push({ row, site, wgs84, gcj02 });
  }
  return { placed, unplaced };
}
