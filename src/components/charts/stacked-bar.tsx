import type { ReactElement, SVGProps } from 'react';
import type { BarShapeProps } from 'recharts';

/** How one segment is painted; undefined: not drawn. */
export type SegmentPaint = Pick<
  SVGProps<SVGPathElement>,
  'className' | 'fill' | 'fillOpacity' | 'stroke' | 'strokeWidth' | 'strokeDasharray'
>;

interface StackLook<Part extends string> {
  /** The segments from the axis outwards (left to right, or bottom up). */
  parts: readonly Part[];
  /** Horizontal bars grow along x; columns along y, from the bottom. */
  along: 'x' | 'y';
  paint: (part: Part, row: unknown) => SegmentPaint | undefined;
}

/** Segments thinner than this are not drawn: they would only be an outline. */
const MIN_SEGMENT = 0.5;

/**
 * A stacked bar drawn as one Recharts `<Bar>` of the row's total, split here into its parts.
 * Recharts' own stacking takes one `<Bar>` per part, and each is a series of its own: its
 * selectors, its rectangles, its settings sent to the chart's store. That was most of a chart's
 * redraw on a filter change; one series draws the same bars for about a third of it.
 * Made at module level, so Recharts' memoised bar keeps its props across renders.
 */
export function stackedBar<Part extends string>(look: StackLook<Part>) {
  return function StackedBar(props: BarShapeProps): ReactElement {
    const row = props.payload as Record<Part, number> | undefined;
    const x = Number(props.x ?? 0);
    const y = Number(props.y ?? 0);
    const width = Number(props.width ?? 0);
    const height = Number(props.height ?? 0);
    const total = row ? look.parts.reduce((sum, part) => sum + (row[part] || 0), 0) : 0;
    const length = look.along === 'x' ? width : height;
    if (!row || !(total > 0) || !(length > MIN_SEGMENT)) return <g />;
    let start = 0;
    const segments: ReactElement[] = [];
    for (const part of look.parts) {
      const size = (length * (row[part] || 0)) / total;
      const from = start;
      start += size;
      const paint = size > MIN_SEGMENT ? look.paint(part, row) : undefined;
      if (!paint) continue;
      const d =
        look.along === 'x'
          ? `M${x + from},${y}h${size}v${height}h${-size}Z`
          : `M${x},${y + height - from - size}h${width}v${size}h${-width}Z`;
      segments.push(<path key={part} d={d} {...paint} />);
    }
    return <g>{segments}</g>;
  };
}
