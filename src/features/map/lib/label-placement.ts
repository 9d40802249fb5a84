/**
 * Where each district's name goes so that no site marker covers it. A name starts at its
 * district's label point; where a cluster badge or a site dot sits on it, it moves to the
 * nearest free spot around that point (below, above, beside), or where none is free to the
 * spot least covered. Positions are pixels of the map projected at one zoom (Leaflet's
 * `project`), so panning changes nothing and only a zoom or new markers call for a new layout.
 */

export interface Box {
  /** Centre. */
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface LabelBox extends Box {
  key: string;
}

export interface Offset {
  dx: number;
  dy: number;
}

/** The area two boxes share (0 where they only touch). */
export function overlap(a: Box, b: Box): number {
  const w =
    Math.min(a.x + a.width / 2, b.x + b.width / 2) - Math.max(a.x - a.width / 2, b.x - b.width / 2);
  const h =
    Math.min(a.y + a.height / 2, b.y + b.height / 2) -
    Math.max(a.y - a.height / 2, b.y - b.height / 2);
  return w > 0 && h > 0 ? w * h : 0;
}

/**
 * The spots a label may move to, nearest first (its own spot is not among them): half-line steps
 * up and down (up to two lines), quarter-width steps aside (up to three quarters of its width,
 * which clears a badge under its middle). A vertical move costs less than a sideways one of the
 * same length: it keeps the name over its district's middle. Ties go downwards, then right.
 */
function candidates(label: Box): Offset[] {
  const spots: Offset[] = [];
  for (let v = -4; v <= 4; v++)
    for (let h = -3; h <= 3; h++)
      if (v !== 0 || h !== 0) spots.push({ dx: (h * label.width) / 4, dy: (v * label.height) / 2 });
  const cost = ({ dx, dy }: Offset) => dy * dy + 2.25 * dx * dx;
  return spots.sort((a, b) => cost(a) - cost(b) || b.dy - a.dy || b.dx - a.dx);
}

/**
 * Offsets of the labels that must move (labels not listed stay in place). Labels are placed in
 * the order given, each avoiding the markers and the labels already placed.
 */
export function placeLabels(
  labels: readonly LabelBox[],
  obstacles: readonly Box[],
): Map<string, Offset> {
  const moved = new Map<string, Offset>();
  const placed: Box[] = [];
  for (const label of labels) {
    // Only markers within reach of its farthest spot can cover it (a map has hundreds).
    const near = obstacles.filter(
      (o) =>
        Math.abs(o.x - label.x) < 1.25 * label.width + o.width / 2 &&
        Math.abs(o.y - label.y) < 2.5 * label.height + o.height / 2,
    );
    const coveredAt = (offset: Offset) => {
      const box = { ...label, x: label.x + offset.dx, y: label.y + offset.dy };
      let covered = 0;
      for (const o of near) covered += overlap(box, o);
      for (const p of placed) covered += overlap(box, p);
      return covered;
    };
    // The label starts in place, and only a strictly smaller cover replaces the best: it moves
    // only when that uncovers more of it. Most names are clear where they are, and need no list
    // of spots at all.
    let best = { offset: { dx: 0, dy: 0 }, covered: coveredAt({ dx: 0, dy: 0 }) };
    if (best.covered > 0) {
      for (const offset of candidates(label)) {
        const covered = coveredAt(offset);
        if (covered < best.covered) best = { offset, covered };
        if (covered === 0) break;
      }
    }
    const { dx, dy } = best.offset;
    if (dx !== 0 || dy !== 0) moved.set(label.key, best.offset);
    placed.push({ ...label, x: label.x + dx, y: label.y + dy });
  }
  return moved;
}
