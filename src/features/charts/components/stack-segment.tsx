import type { ReactElement } from 'react';
import { Rectangle, type BarShapeProps } from 'recharts';
import { PART_STYLE, PARTS, type Part } from './parts';

interface SegmentLook {
  /** The segment's colour, from its part or from the row it draws (none: nothing to draw). */
  color: (part: Part, row: unknown) => string | undefined;
  /** The bar's length: its width for horizontal bars, its height for columns. */
  length: 'width' | 'height';
  /** The dashed outline of the illustrative part. */
  outline: { width: number; dash: string };
}

/**
 * One shape per stack part, drawn in the part's tone (illustrative lightest and dashed). Made once
 * per chart kind, at module level: Recharts' memoised bars then keep their props across renders.
 */
export function stackSegments(look: SegmentLook): Record<Part, (p: BarShapeProps) => ReactElement> {
  const segment = (part: Part) => {
    const style = PART_STYLE[part];
    return function StackSegment(props: BarShapeProps) {
      const color = look.color(part, props.payload);
      if (!color || !(Math.abs(Number(props[look.length] ?? 0)) > 0.5)) return <g />;
      return (
        <Rectangle
          x={props.x}
          y={props.y}
          width={props.width}
          height={props.height}
          fill={color}
          fillOpacity={style.fillOpacity}
          stroke={style.dashed ? color : 'none'}
          strokeWidth={style.dashed ? look.outline.width : 0}
          strokeDasharray={style.dashed ? look.outline.dash : undefined}
          className={`chart-bar chart-bar--${part}`}
        />
      );
    };
  };
  return Object.fromEntries(PARTS.map((part) => [part, segment(part)])) as Record<
    Part,
    (p: BarShapeProps) => ReactElement
  >;
}
