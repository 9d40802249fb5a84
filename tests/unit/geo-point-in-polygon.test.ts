import { describe, expect, it } from 'vitest';
import { pointInMultiPolygon, pointInPolygon } from '@/lib/geo/point-in-polygon';

// A 10 × 10 square with a 2 × 2 hole in the middle, and an L-shaped (concave) polygon.
const square: [number, number][] = [
  [0, 0],
  [10, 0],
  [10, 10],
  [0, 10],
  [0, 0],
];
const hole: [number, number][] = [
  [4, 4],
  [6, 4],
  [6, 6],
  [4, 6],
  [4, 4],
];
const ell: [number, number][] = [
  [20, 0],
  [30, 0],
  [30, 4],
  [24, 4],
  [24, 10],
  [20, 10],
  [20, 0],
];

describe('point in polygon', () => {
  it('finds points inside the outline and outside its holes', () => {
    expect(pointInPolygon([1, 1], [square, hole])).toBe(true);
    expect(pointInPolygon([9.9, 5], [square, hole])).toBe(true);
    expect(pointInPolygon([5, 5], [square, hole])).toBe(false);
    expect(pointInPolygon([5, 5], [square])).toBe(true);
    expect(pointInPolygon([11, 5], [square, hole])).toBe(false);
    expect(pointInPolygon([5, -0.1], [square])).toBe(false);
  });

  it('follows a concave outline', () => {
    expect(pointInPolygon([22, 8], [ell])).toBe(true);
    expect(pointInPolygon([28, 2], [ell])).toBe(true);
    expect(pointInPolygon([28, 8], [ell])).toBe(false);
  });

  it('looks in every polygon of a multipolygon', () => {
    const both = [[square, hole], [ell]];
    expect(pointInMultiPolygon([22, 8], both)).toBe(true);
    expect(pointInMultiPolygon([1, 1], both)).toBe(true);
    expect(pointInMultiPolygon([5, 5], both)).toBe(false);
    expect(pointInMultiPolygon([15, 5], both)).toBe(false);
    expect(pointInMultiPolygon([1, 1], [])).toBe(false);
  });
});
