/**
 * WGS-84 ↔ GCJ-02. OpenStreetMap and GPS use WGS-84; Chinese web maps (AMap/Gaode, Tencent) and
 * most Chinese map data use GCJ-02, the obfuscated datum China's mapping rules prescribe, which
 * sits 100–700 m away in Beijing. The forward transform is the widely published one (Krasovsky
 * ellipsoid constants); the inverse has no closed form and is found by fixed-point iteration.
 * Outside China both datums are the same by definition.
 */
export type LonLat = readonly [lon: number, lat: number];

const A = 6378245.0;
const EE = 0.006693421622965943;

/** The rough bounding box inside which GCJ-02 differs from WGS-84. */
export function outOfChina(lon: number, lat: number): boolean {
  return lon < 72.004 || lon > 137.8347 || lat < 0.8293 || lat > 55.8271;
}

function transformLat(x: number, y: number): number {
  let r = -100 + 2 * x + 3 * y + 0.2 * y * y + 0.1 * x * y + 0.2 * Math.sqrt(Math.abs(x));
  r += ((20 * Math.sin(6 * x * Math.PI) + 20 * Math.sin(2 * x * Math.PI)) * 2) / 3;
  r += ((20 * Math.sin(y * Math.PI) + 40 * Math.sin((y / 3) * Math.PI)) * 2) / 3;
  r += ((160 * Math.sin((y / 12) * Math.PI) + 320 * Math.sin((y * Math.PI) / 30)) * 2) / 3;
  return r;
}

function transformLon(x: number, y: number): number {
  let r = 300 + x + 2 * y + 0.1 * x * x + 0.1 * x * y + 0.1 * Math.sqrt(Math.abs(x));
  r += ((20 * Math.sin(6 * x * Math.PI) + 20 * Math.sin(2 * x * Math.PI)) * 2) / 3;
  r += ((20 * Math.sin(x * Math.PI) + 40 * Math.sin((x / 3) * Math.PI)) * 2) / 3;
  r += ((150 * Math.sin((x / 12) * Math.PI) + 300 * Math.sin((x / 30) * Math.PI)) * 2) / 3;
  return r;
}

function offset(lon: number, lat: number): [number, number] {
  const radLat = (lat / 180) * Math.PI;
  const sin = Math.sin(radLat);
  const magic = 1 - EE * sin * sin;
  const sqrtMagic = Math.sqrt(magic);
  const dLat =
    (transformLat(lon - 105, lat - 35) * 180) / (((A * (1 - EE)) / (magic * sqrtMagic)) * Math.PI);
  const dLon =
    (transformLon(lon - 105, lat - 35) * 180) / ((A / sqrtMagic) * Math.cos(radLat) * Math.PI);
  return [dLon, dLat];
}

function finite(lon: number, lat: number): boolean {
  return Number.isFinite(lon) && Number.isFinite(lat);
}

export function wgs84ToGcj02([lon, lat]: LonLat): [number, number] {
  if (!finite(lon, lat) || outOfChina(lon, lat)) return [lon, lat];
  const [dLon, dLat] = offset(lon, lat);
  return [lon + dLon, lat + dLat];
}

/** Inverse by iteration: converges to well under a millimetre in a few steps. */
export function gcj02ToWgs84([lon, lat]: LonLat): [number, number] {
  if (!finite(lon, lat) || outOfChina(lon, lat)) return [lon, lat];
  let wLon = lon;
  let wLat = lat;
  for (let i = 0; i < 10; i += 1) {
    const [gLon, gLat] = wgs84ToGcj02([wLon, wLat]);
    const eLon = gLon - lon;
    const eLat = gLat - lat;
    wLon -= eLon;
    wLat -= eLat;
    if (Math.abs(eLon) < 1e-10 && Math.abs(eLat) < 1e-10) break;
  }
  return [wLon, wLat];
}

export type Datum = 'wgs84' | 'gcj02';

/** Converts a point from one datum to another (identity when they are the same). */
export function convertDatum(point: LonLat, from: Datum, to: Datum): [number, number] {
  if (from === to) return [point[0], point[1]];
  return from === 'wgs84' ? wgs84ToGcj02(point) : gcj02ToWgs84(point);
}

/** Great-circle distance in metres (haversine), for tests and tolerances. */
export function distanceMetres(a: LonLat, b: LonLat): number {
  const R = 6_371_008.8;
  const toRad = Math.PI / 180;
  const dLat = (b[1] - a[1]) * toRad;
  const dLon = (b[0] - a[0]) * toRad;
  const h =
    Math.sin(dLat / 2) ** 2 +
    Math.cos(a[1] * toRad) * Math.cos(b[1] * toRad) * Math.sin(dLon / 2) ** 2;
  return 2 * R * Math.asin(Math.min(1, Math.sqrt(h)));
}
