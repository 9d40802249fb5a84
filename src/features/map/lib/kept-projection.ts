import type { Point } from './cluster';

/**
 * A projection that keeps each site's screen position, by site record: sites do not move when
 * the filters change, and projecting all 5,000 of the benchmark's sites again was most of the
 * map's clustering on every filter change. One position per site is kept, for the last zoom and
 * coordinates asked (another base layer's datum moves the site, and is projected anew).
 */
export function keptProjection<P extends Point>(
  project: (lat: number, lng: number, zoom: number) => P,
): (site: object, lat: number, lng: number, zoom: number) => P {
  const kept = new WeakMap<object, { lat: number; lng: number; zoom: number; point: P }>();
  return (site, lat, lng, zoom) => {
    const hit = kept.get(site);
    if (hit && hit.zoom === zoom && hit.lat === lat && hit.lng === lng) return hit.point;
    const point = project(lat, lng, zoom);
    kept.set(site, { lat, lng, zoom, point });
    return point;
  };
}
