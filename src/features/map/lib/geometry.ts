/** Boundaries in the datum of the base layer, and their overall bounds. Pure, memoised by callers. */
import type { DistrictBoundaries } from '@/api/contract';
import { convertDatum, type Datum } from '@/lib/geo/datum';

/** The boundaries' own datum (see mocks/data/geo/PROVENANCE.md and docs/api.md, "Datums"). */
export const BOUNDARY_DATUM: Datum = 'gcj02';

type Position = [number, number];

function convertRing(ring: readonly (readonly [number, number])[], to: Datum): Position[] {
  return ring.map((p) => convertDatum(p, BOUNDARY_DATUM, to));
}

export function boundariesIn(boundaries: DistrictBoundaries, to: Datum): DistrictBoundaries {
  if (to === BOUNDARY_DATUM) return boundaries;
  return {
    ...boundaries,
    features: boundaries.features.map((f) => ({
      ...f,
      geometry:
        f.geometry.type === 'Polygon'
          ? { type: 'Polygon', coordinates: f.geometry.coordinates.map((r) => convertRing(r, to)) }
          : {
              type: 'MultiPolygon',
              coordinates: f.geometry.coordinates.map((poly) =>
                poly.map((r) => convertRing(r, to)),
              ),
            },
    })),
  };
}

/** [[south, west], [north, east]] of every ring, or null when there is nothing finite. */
export function boundsOf(
  boundaries: DistrictBoundaries,
): [[number, number], [number, number]] | null {
  let s = Infinity;
  let w = Infinity;
  let n = -Infinity;
  let e = -Infinity;
  const visit = (ring: readonly (readonly [number, number])[]) => {
    // By index: see point-in-polygon.ts.
    for (const position of ring) {
      const lon = position[0];
      const lat = position[1];
      if (!Number.isFinite(lon) || !Number.isFinite(lat)) continue;
      if (lat < s) s = lat;
      if (lat > n) n = lat;
      if (lon < w) w = lon;
      if (lon > e) e = lon;
    }
  };
  for (const f of boundaries.features) {
    if (f.geometry.type === 'Polygon') f.geometry.coordinates.forEach(visit);
    else f.geometry.coordinates.forEach((p) => p.forEach(visit));
  }
  return Number.isFinite(s)
    ? [
        [s, w],
        [n, e],
      ]
    : null;
}
