import { stackedBar } from '@/components/charts/stacked-bar';
import { PARTS, type Part } from '@/lib/timeline';
import { PART_STYLE } from './parts';

interface SegmentLook {
  /** The segment's colour, from its part or from the row it draws (none: nothing to draw). */
  color: (part: Part, row: unknown) => string | undefined;
  /** Horizontal bars grow along x; columns along y. */
  along: 'x' | 'y';
  /** The dashed outline of the illustrative part. */
  outline: { width: number; dash: string };
}

/**
 * A bar stacked by how each figure is known, each part in its tone (illustrative lightest and
 * dashed). Made once per chart kind, at module level.
 */
export function stackSegments(look: SegmentLook) {
  return stackedBar({
    parts: PARTS,
    along: look.along,
    paint: (part, row) => {
      const color = look.color(part, row);
      if (!color) return undefined;
      const style = PART_STYLE[part];
      return {
        fill: color,
        fillOpacity: style.fillOpacity,
        stroke: style.dashed ? color : 'none',
        strokeWidth: style.dashed ? look.outline.width : 0,
        strokeDasharray: style.dashed ? look.outline.dash : undefined,
        className: `chart-bar chart-bar--${part}`,
      };
    },
  });
}
