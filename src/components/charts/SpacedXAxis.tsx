import { useMemo } from 'react';
import { usePlotArea, XAxis, type XAxisProps } from 'recharts';
import { labelInterval } from '@/lib/label-spacing';
import { axisTick } from '@/components/charts/axis-text';

/**
 * A category X axis (dates) showing every n-th label so that they fit the plot. Recharts' own
 * spacing (`preserveStartEnd`, `minTickGap`) measures every label in the page: a forced layout
 * per chart on each filter change, the bulk of redrawing the charts.
 */
export function SpacedXAxis({
  labels,
  fontSize,
  gap,
  label,
}: {
  labels: readonly string[];
  fontSize: number;
  /** Least space between two labels, px. */
  gap: number;
  label?: XAxisProps['label'];
}) {
  const plot = usePlotArea();
  // A new object would make Recharts' memoised axis re-send its settings (see CategoryBars).
  const tick = useMemo(() => axisTick(fontSize), [fontSize]);
  return (
    <XAxis
      dataKey="label"
      tick={tick}
      interval={labelInterval(labels, plot?.width ?? 0, fontSize, gap)}
      label={label}
    />
  );
}
