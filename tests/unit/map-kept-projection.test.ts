import { describe, expect, it } from 'vitest';
import { keptProjection } from '@/features/map/lib/kept-projection';

/** A projection that counts its calls: x grows with longitude, y with latitude, times 2^zoom. */
function countingProjection() {
  const calls: Array<[number, number, number]> = [];
  const project = keptProjection((lat, lng, zoom) => {
    calls.push([lat, lng, zoom]);
    return { x: lng * 2 ** zoom, y: lat * 2 ** zoom };
  });
  return { project, calls };
}

describe('keptProjection', () => {
  it('projects a site once while its zoom and position stay', () => {
    const { project, calls } = countingProjection();
    const site = {};
    const first = project(site, 39.9, 116.4, 10);
    expect(project(site, 39.9, 116.4, 10)).toBe(first);
    expect(calls).toHaveLength(1);
  });

  it('projects again at another zoom, and again on coming back', () => {
    const { project, calls } = countingProjection();
    const site = {};
    expect(project(site, 1, 2, 3)).toEqual({ x: 16, y: 8 });
    expect(project(site, 1, 2, 4)).toEqual({ x: 32, y: 16 });
    expect(project(site, 1, 2, 3)).toEqual({ x: 16, y: 8 });
    expect(calls).toHaveLength(3);
  });

  it('projects again when the site moves (another datum or an edited record)', () => {
    const { project } = countingProjection();
    const site = {};
    project(site, 1, 2, 0);
    expect(project(site, 1.5, 2, 0)).toEqual({ x: 2, y: 1.5 });
    expect(project(site, 1.5, 2.5, 0)).toEqual({ x: 2.5, y: 1.5 });
  });

  it('keeps sites apart', () => {
    const { project } = countingProjection();
    const a = {};
    const b = {};
    project(a, 1, 1, 0);
    expect(project(b, 2, 3, 0)).toEqual({ x: 3, y: 2 });
    expect(project(a, 1, 1, 0)).toEqual({ x: 1, y: 1 });
  });
});
