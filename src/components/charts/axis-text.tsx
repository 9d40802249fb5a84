import type { ReactElement } from 'react';

/** What Recharts hands a custom tick (the parts a tick label needs). */
interface AxisTickProps {
  x?: number | string;
  y?: number | string;
  index?: number;
  payload?: { value?: unknown };
  tickFormatter?: (value: unknown, index: number) => string;
  textAnchor?: 'start' | 'middle' | 'end' | 'inherit';
  verticalAnchor?: 'start' | 'middle' | 'end';
}

/**
 * The colour of axis text: the theme's muted text, light or dark. An inline style, because
 * Recharts' <Text> writes its own grey (#666, #808080) inline, over any stylesheet: too faint
 * on the dark theme's panels (2.9:1) and, for axis titles, on white as well (3.9:1).
 */
export const AXIS_TEXT_STYLE = { fill: 'var(--text-muted)' } as const;

// Where Recharts' own <Text> puts one line against its anchor (a cap height of 0.71em), and
// how much of a label's further lines go above the anchor: a centred label grows both ways.
const FIRST_LINE_EM = { start: 0.71, middle: 0.355, end: 0 } as const;
const LINES_ABOVE = { start: 0, middle: 0.5, end: 1 } as const;
const LINE_HEIGHT_EM = 1.15;

/**
 * A tick label drawn as plain SVG <text>. Recharts' default <Text> measures each new word in
 * the page to wrap it within the axis (a forced layout), and a filter change re-creates every
 * tick: about 10 ms a change with the charts on screen. Value labels are short numbers, one line;
 * category names are given `wrap`, which breaks them into lines that fit the axis by arithmetic
 * (`wrapLabel`), drawn as <tspan>s around the anchor.
 */
export function axisTick(fontSize: number, wrap?: (text: string) => string[]) {
  return function AxisTickLabel(props: AxisTickProps): ReactElement {
    const { x, y, index = 0, payload, tickFormatter, textAnchor, verticalAnchor = 'end' } = props;
    const value = payload?.value;
    const text = tickFormatter ? tickFormatter(value, index) : String(value ?? '');
    const lines = wrap ? wrap(text) : [text];
    const firstDy =
      FIRST_LINE_EM[verticalAnchor] -
      (lines.length - 1) * LINE_HEIGHT_EM * LINES_ABOVE[verticalAnchor];
    const oneLine = lines.length === 1;
    return (
      <text
        x={x}
        y={y}
        dy={oneLine ? `${firstDy}em` : undefined}
        textAnchor={textAnchor}
        fontSize={fontSize}
        style={AXIS_TEXT_STYLE}
        className="recharts-text recharts-cartesian-axis-tick-value"
      >
        {oneLine
          ? lines[0]
          : lines.map((line, i) => (
              <tspan key={i} x={x} dy={`${i === 0 ? firstDy : LINE_HEIGHT_EM}em`}>
                {line}
              </tspan>
            ))}
      </text>
    );
  };
}
