import { describe, expect, it } from 'vitest';
import { overlap, placeLabels, type Box, type LabelBox } from '@/features/map/lib/label-placement';

const label = (key: string, x: number, y: number): LabelBox => ({
  key,
  x,
  y,
  width: 60,
  height: 16,
});
const badge = (x: number, y: number, size = 24): Box => ({ x, y, width: size, height: size });

/** The box a label ends up in. */
function at(l: LabelBox, moved: ReturnType<typeof placeLabels>): Box {
  const offset = moved.get(l.key) ?? { dx: 0, dy: 0 };
  return { ...l, x: l.x + offset.dx, y: l.y + offset.dy };
}

const intersects = (a: Box, b: Box) => overlap(a, b) > 0;

describe('placeLabels', () => {
  it('leaves a name that nothing covers where it is', () => {
    const moved = placeLabels([label('huairou', 100, 100)], [badge(300, 300)]);
    expect(moved.size).toBe(0);
  });

  it('moves a name out from under a cluster badge, downwards, no further than needed', () => {
    const name = label('haidian', 100, 100);
    const covering = badge(110, 100); // 24 px: y 88–112
    const moved = placeLabels([name], [covering]);
    // Half-line steps (8 px): 8 and 16 down still touch the badge, 24 clears it.
    expect(moved.get('haidian')).toEqual({ dx: 0, dy: 24 });
    expect(intersects(at(name, moved), covering)).toBe(false);
  });

  it('goes up when below is taken, and aside when both are', () => {
    const name = label('fangshan', 100, 100);
    const onIt = badge(100, 100);
    const below = badge(100, 124);
    const up = placeLabels([name], [onIt, below]).get('fangshan');
    expect(up?.dx).toBe(0);
    expect(up?.dy).toBeLessThan(0);

    const above = badge(100, 76);
    const walls = [onIt, below, above, badge(100, 148), badge(100, 52)];
    const moved = placeLabels([name], walls);
    expect(moved.get('fangshan')?.dx).not.toBe(0);
    for (const o of walls) expect(intersects(at(name, moved), o)).toBe(false);
  });

  it('does not move one name onto another', () => {
    const first = label('mentougou', 100, 100);
    const second = label('shijingshan', 100, 120); // its spot below is where the first moves
    const moved = placeLabels([first, second], [badge(100, 100, 20)]);
    const a = at(first, moved);
    const b = at(second, moved);
    expect(intersects(a, b)).toBe(false);
    expect(intersects(a, badge(100, 100, 20))).toBe(false);
  });

  it('where no spot is free, takes the one least covered rather than staying hidden', () => {
    const name = label('changping', 0, 0);
    // A wall of dots everywhere around, except one smaller dot to the right.
    const dots: Box[] = [];
    for (let x = -150; x <= 150; x += 20)
      for (let y = -60; y <= 60; y += 20) dots.push(badge(x, y, x === 30 && y === 0 ? 4 : 18));
    const moved = placeLabels([name], dots);
    const covered = (b: Box) => dots.reduce((sum, d) => sum + overlap(b, d), 0);
    expect(covered(at(name, moved))).toBeLessThan(covered(name));
  });

  it('keeps a name in place when moving would cover it no less', () => {
    const name = label('yanqing', 0, 0);
    // The same dot pattern everywhere: every spot is covered alike.
    const dots: Box[] = [];
    for (let x = -200; x <= 200; x += 10)
      for (let y = -80; y <= 80; y += 2) dots.push(badge(x, y, 10));
    expect(placeLabels([name], dots).size).toBe(0);
  });
});
