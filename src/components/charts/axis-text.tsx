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

// Where Recharts' own <Text> puts one line against its anchor (a cap height of 0.71em).
const FIRST_LINE_DY = { start: '0.71em', middle: '0.355em', end: '0' } as const;

/**
 * A tick label drawn as one plain SVG <text>. Recharts' default <Text> measures each new word in
 * the page to wrap it within the axis (a forced layout), and a filter change re-creates every
 * tick: about 10 ms a change with the charts on screen. Our value labels are short numbers, which
 * need no measuring.
 */
export function axisTick(fontSize: number) {
  return function AxisTickLabel(props: AxisTickProps): ReactElement {
    const { x, y, index = 0, payload, tickFormatter, textAnchor, verticalAnchor } = props;
    const value = payload?.value;
    const text = tickFormatter ? tickFormatter(value, index) : String(value ?? '');
    return (
      <text
        x={x}
        y={y}
        dy={FIRST_LINE_DY[verticalAnchor ?? 'end']}
        textAnchor={textAnchor}
        fontSize={fontSize}
        style={AXIS_TEXT_STYLE}
        className="recharts-text recharts-cartesian-axis-tick-value"
      >
        {text}
      </text>
    );
  };
}

const LINE_HEIGHT_EM = 1.15;

/**
 * A category tick label on up to a few lines, centred on its bar: `wrap` breaks the formatted
 * label into lines that fit the axis (by arithmetic, like `axisTick`, never by measuring).
 */
export function wrappedAxisTick(fontSize: number, wrap: (text: string) => string[]) {
  return function WrappedAxisTickLabel(props: AxisTickProps): ReactElement {
    const { x, y, index = 0, payload, tickFormatter, textAnchor } = props;
    const value = payload?.value;
    const lines = wrap(tickFormatter ? tickFormatter(value, index) : String(value ?? ''));
    const firstDy = 0.355 - ((lines.length - 1) * LINE_HEIGHT_EM) / 2;
    return (
      <text
        x={x}
        y={y}
        textAnchor={textAnchor}
        fontSize={fontSize}
        style={AXIS_TEXT_STYLE}
        className="recharts-text recharts-cartesian-axis-tick-value"
      >
        {lines.map((line, i) => (
          <tspan key={i} x={x} dy={`${i === 0 ? firstDy : LINE_HEIGHT_EM}em`}>
            {line}
          </tspan>
        ))}
      </text>
    );
  };
}
