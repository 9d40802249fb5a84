/**
 * Class breaks for the choropleth. Relief is very skewed (Fangshan and Mentougou get most of it),
 * so equal intervals would paint almost every district the same: quantiles of the positive values
 * put about as many districts in each class. Zero is not a class here: districts with zero are
 * drawn apart (see classify), and NaN or infinite values are ignored.
 */
export interface ClassBreaks {
  /** Upper bound of each class, ascending and distinct. Empty: no positive value at all. */
  upper: number[];
  /** Smallest and largest value actually in each class, for the legend. */
  ranges: [min: number, max: number][];
}

export function usable(v: number): boolean {
  return Number.isFinite(v) && v > 0;
}

export function quantileBreaks(values: readonly number[], classes: number): ClassBreaks {
  const sorted = values.filter(usable).sort((a, b) => a - b);
  const k = Math.max(1, Math.floor(classes));
  if (sorted.length === 0) return { upper: [], ranges: [] };
  const upper: number[] = [];
  for (let i = 1; i <= k; i += 1) {
    const index = Math.min(sorted.length - 1, Math.ceil((sorted.length * i) / k) - 1);
    const v = sorted[index]!;
    if (upper.length === 0 || v > upper[upper.length - 1]!) upper.push(v);
  }
  const ranges: [number, number][] = upper.map((hi, i) => {
    const lo = i === 0 ? -Infinity : upper[i - 1]!;
    const inClass = sorted.filter((v) => v > lo && v <= hi);
    return [inClass[0] ?? hi, inClass[inClass.length - 1] ?? hi];
  });
  return { upper, ranges };
}

/** Index of the class a positive value falls in; -1 for zero, negative, NaN or infinite. */
export function classify(value: number, breaks: ClassBreaks): number {
  if (!usable(value)) return -1;
  for (let i = 0; i < breaks.upper.length; i += 1) {
    if (value <= breaks.upper[i]!) return i;
  }
  return breaks.upper.length - 1;
}

/**
 * Colours for n classes from a light-to-dark scale, spread over its darker part so every class
 * stays distinguishable from the "zero" colour (the scale's first, lightest step).
 */
export function classColors(scale: readonly string[], n: number): string[] {
  const usableSteps = scale.slice(1);
  if (n <= 0 || usableSteps.length === 0) return [];
  if (n === 1) return [usableSteps[usableSteps.length - 1]!];
  return Array.from({ length: n }, (_, i) => {
    const at = Math.round((i * (usableSteps.length - 1)) / (n - 1));
    return usableSteps[at]!;
  });
}
