import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  convertDatum,
  distanceMetres,
  gcj02ToWgs84,
  outOfChina,
  wgs84ToGcj02,
} from '@/lib/geo/datum';

describe('WGS-84 → GCJ-02', () => {
  it('moves Tiananmen by the published offset (≈ 0.0063° east, 0.0014° north)', () => {
    const [lon, lat] = wgs84ToGcj02([116.3912, 39.9067]);
    expect(lon).toBeCloseTo(116.3975, 3);
    expect(lat).toBeCloseTo(39.9081, 3);
    // A few hundred metres, as everywhere in Beijing.
    const shift = distanceMetres([116.3912, 39.9067], [lon, lat]);
    expect(shift).toBeGreaterThan(400);
    expect(shift).toBeLessThan(700);
  });

  it('matches a second published pair (Shanghai, People’s Square)', () => {
    // WGS-84 121.4737, 31.2304 → GCJ-02 ≈ 121.4781, 31.2284 (coordinate-converter references).
    const [lon, lat] = wgs84ToGcj02([121.4737, 31.2304]);
    expect(lon).toBeCloseTo(121.4781, 3);
    expect(lat).toBeCloseTo(31.2284, 3);
  });

  it('is the identity outside China', () => {
    for (const p of [
      [2.3522, 48.8566],
      [-74.006, 40.7128],
      [139.6917, 35.6895],
    ] as const) {
      expect(outOfChina(p[0], p[1])).toBe(true);
      expect(wgs84ToGcj02(p)).toEqual([p[0], p[1]]);
      expect(gcj02ToWgs84(p)).toEqual([p[0], p[1]]);
    }
  });

  it('passes NaN through without inventing a position', () => {
    const [lon, lat] = wgs84ToGcj02([Number.NaN, 40]);
    expect(Number.isNaN(lon)).toBe(true);
    expect(lat).toBe(40);
  });
});

describe('GCJ-02 → WGS-84', () => {
  it('round-trips anywhere in and around Beijing with an error below 1 m', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 115.3, max: 117.6, noNaN: true }),
        fc.double({ min: 39.4, max: 41.1, noNaN: true }),
        (lon, lat) => {
          const back = gcj02ToWgs84(wgs84ToGcj02([lon, lat]));
          expect(distanceMetres([lon, lat], back)).toBeLessThan(1);
          const forth = wgs84ToGcj02(gcj02ToWgs84([lon, lat]));
          expect(distanceMetres([lon, lat], forth)).toBeLessThan(1);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('convertDatum picks the direction and is the identity for the same datum', () => {
    const p = [116.3912, 39.9067] as const;
    expect(convertDatum(p, 'wgs84', 'wgs84')).toEqual([116.3912, 39.9067]);
    expect(convertDatum(p, 'wgs84', 'gcj02')).toEqual(wgs84ToGcj02(p));
    expect(convertDatum(p, 'gcj02', 'wgs84')).toEqual(gcj02ToWgs84(p));
  });
});
