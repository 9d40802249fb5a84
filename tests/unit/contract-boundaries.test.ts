import { describe, expect, it } from 'vitest';
import { districtBoundariesSchema } from '@/api/contract';

const ring = [
  [116.0, 39.9],
  [116.1, 39.9],
  [116.1, 40.0],
  [116.0, 39.9],
];

const withCoordinates = (coordinates: unknown, type = 'Polygon') => ({
  type: 'FeatureCollection',
  attribution: 'test',
  features: [
    {
      type: 'Feature',
      properties: { adcode: '110111', name: '房山区', name_en: 'Fangshan' },
      geometry: { type, coordinates },
    },
  ],
});

describe('the district boundaries contract', () => {
  it('accepts polygons and multipolygons of [longitude, latitude] positions, unchanged', () => {
    const polygon = withCoordinates([ring]);
    expect(districtBoundariesSchema.parse(polygon)).toEqual(polygon);
    const multi = withCoordinates([[ring], [ring]], 'MultiPolygon');
    expect(districtBoundariesSchema.parse(multi)).toEqual(multi);
  });

  it.each([
    ['a position given as text', [...ring.slice(0, 3), ['116.0', 39.9]]],
    ['a position with a third number', [...ring.slice(0, 3), [116.0, 39.9, 50]]],
    ['a missing latitude', [...ring.slice(0, 3), [116.0]]],
    ['a null position', [...ring.slice(0, 3), null]],
    ['no list at all', 'POLYGON((116 39.9))'],
  ])('refuses a ring with %s, naming the ring', (_, badRing) => {
    const result = districtBoundariesSchema.safeParse(withCoordinates([ring, badRing]));
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['features', 0, 'geometry', 'coordinates', 1]);
  });
});
