/**
 * Grid aggregation: at a zoom level, sites whose screen positions share a cell are drawn as one
 * cluster. Linear in the number of sites, deterministic, and needs nothing but a projection.
 */
export interface Point {
  x: number;
  y: number;
}

export interface Cluster<T> {
  items: T[];
  /** Mean of the members' positions, in the caller's coordinates (lat/lng). */
  lat: number;
  lng: number;
}

export function gridCluster<T>(
  items: readonly T[],
  position: (item: T) => { lat: number; lng: number },
  /** Screen position at the zoom clustered for; given the item too, so a caller may keep it. */
  project: (lat: number, lng: number, item: T) => Point,
  cellSize: number,
): Cluster<T>[] {
  const cells = new Map<string, { items: T[]; lat: number; lng: number }>();
  for (const item of items) {
    const { lat, lng } = position(item);
    const p = project(lat, lng, item);
    if (!Number.isFinite(p.x) || !Number.isFinite(p.y)) continue;
    const key = `${Math.floor(p.x / cellSize)}:${Math.floor(p.y / cellSize)}`;
    let cell = cells.get(key);
    if (!cell) {
      cell = { items: [], lat: 0, lng: 0 };
      cells.set(key, cell);
    }
    cell.items.push(item);
    cell.lat += lat;
    cell.lng += lng;
  }
  return [...cells.values()].map((c) => ({
    items: c.items,
    lat: c.lat / c.items.length,
    lng: c.lng / c.items.length,
  }));
}
