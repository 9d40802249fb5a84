/** Point-in-polygon for GeoJSON rings ([lon, lat]), with holes. Ray casting; fine at city scale. */
export type Ring = readonly (readonly [number, number])[];
export type PolygonRings = readonly Ring[];

function inRing([x, y]: readonly [number, number], ring: Ring): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i, i += 1) {
    const [xi, yi] = ring[i]!;
    const [xj, yj] = ring[j]!;
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
