/**
 * Point-in-polygon for GeoJSON rings ([lon, lat]), with holes. Ray casting; fine at city scale.
 * Positions are read by index, not destructured: destructuring goes through the array iterator,
 * which made the first screen's tests (before the JIT has compiled this) several times slower.
 */
export type Ring = readonly (readonly [number, number])[];
export type PolygonRings = readonly Ring[];

function inRing(point: readonly [number, number], ring: Ring): boolean {
  const x = point[0];
  const y = point[1];
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i, i += 1) {
    const pi = ring[i]!;
    const pj = ring[j]!;
    const xi = pi[0];
    const yi = pi[1];
    const xj = pj[0];
    const yj = pj[1];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/** The first ring is the outline, the others are holes. */
export function pointInPolygon(point: readonly [number, number], polygon: PolygonRings): boolean {
  const [outer, ...holes] = polygon;
  if (!outer || !inRing(point, outer)) return false;
  return !holes.some((hole) => inRing(point, hole));
}

export function pointInMultiPolygon(
  point: readonly [number, number],
  polygons: readonly PolygonRings[],
): boolean {
  return polygons.some((polygon) => pointInPolygon(point, polygon));
}
