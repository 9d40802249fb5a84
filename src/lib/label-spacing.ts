/** Spacing axis labels by arithmetic, so that charts need not measure them in the page. */

/** Rough width of a label in px: CJK and full-width characters 1 em, others 0.6 em. */
export function labelWidth(text: string, fontSize: number): number {
  let ems = 0;
  for (const ch of text) ems += /[\u2e80-\u9fff\uac00-\ud7af\uff00-\uffef]/.test(ch) ? 1 : 0.6;
  return ems * fontSize;
}

/** Rough width in px of the widest of `labels` (0 for none). */
export function widestLabel(labels: readonly string[], fontSize: number): number {
  return Math.max(0, ...labels.map((l) => labelWidth(l, fontSize)));
}

/**
 * Recharts' `interval` that shows every n-th of `labels` so that they fit `width` px with `gap`
 * between them. Given as a number, Recharts does not measure every label in the page (a forced
 * layout per chart on each filter change, the bulk of redrawing the charts).
 */
export function labelInterval(
  labels: readonly string[],
  width: number,
  fontSize: number,
  gap: number,
): number {
  if (labels.length === 0 || !(width > 0)) return 0;
  const widest = widestLabel(labels, fontSize);
  const fitting = Math.max(1, Math.floor((width + gap) / (widest + gap)));
  return Math.max(0, Math.ceil(labels.length / fitting) - 1);
}
