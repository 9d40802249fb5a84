/** What each district looks like for a measure, and the legend that explains it. Pure. */
import { sequentialScale } from '@/lib/palette';
import { classColors, classify, quantileBreaks } from './breaks';
import type { DistrictValue } from './measure';

export const CLASS_COUNT = 5;
export const ZERO_FILL = sequentialScale[0] ?? '#ffffcc';

export type DistrictState = 'no-relief' | 'zero' | 'class';

export interface DistrictLook {
  code: string;
  value: number;
  illustrative: number;
  state: DistrictState;
  /** Class index when state is 'class', else -1. */
  classIndex: number;
  /** Fill colour; null for 'no-relief' (drawn with the hatch pattern). */
  fill: string | null;
  visited: boolean;
}

export interface LegendClass {
  color: string;
  min: number;
  max: number;
}

export interface Choropleth {
  looks: Map<string, DistrictLook>;
  classes: LegendClass[];
  anyZero: boolean;
  anyNoRelief: boolean;
  anyIllustrative: boolean;
}

export function buildChoropleth(
  codes: readonly string[],
  values: ReadonlyMap<string, DistrictValue>,
): Choropleth {
  const present = codes.map((code) => ({ code, v: values.get(code) }));
  const breaks = quantileBreaks(
    present.map((p) => p.v?.value ?? 0),
    CLASS_COUNT,
  );
  const colors = classColors(sequentialScale, breaks.upper.length);
  const looks = new Map<string, DistrictLook>();
  let anyZero = false;
  let anyNoRelief = false;
  let anyIllustrative = false;
  for (const { code, v } of present) {
    const value = v?.value ?? 0;
    const illustrative = v?.illustrative ?? 0;
    const hasRelief = v?.hasRelief ?? false;
    const classIndex = classify(value, breaks);
    const state: DistrictState = !hasRelief ? 'no-relief' : classIndex < 0 ? 'zero' : 'class';
    if (state === 'no-relief') anyNoRelief = true;
    if (state === 'zero') anyZero = true;
    if (illustrative > 0) anyIllustrative = true;
    looks.set(code, {
      code,
      value: state === 'class' ? value : 0,
      illustrative,
      state,
      classIndex: state === 'class' ? classIndex : -1,
      fill:
        state === 'no-relief'
          ? null
          : state === 'zero'
            ? ZERO_FILL
            : (colors[classIndex] ?? ZERO_FILL),
      visited: v?.visited ?? false,
    });
  }
  return {
    looks,
    classes: breaks.ranges.map(([min, max], i) => ({ color: colors[i] ?? ZERO_FILL, min, max })),
    anyZero,
    anyNoRelief,
    anyIllustrative,
  };
}
