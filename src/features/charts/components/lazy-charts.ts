/**
 * The Recharts-based charts, loaded on demand: the charting library is the heaviest part of the
 * overview and most charts start below the fold, so the first screen does not wait for it.
 */
import { lazy } from 'react';

const loadCategoryBars = () => import('./CategoryBars');
const loadTimeChart = () => import('./TimeChart');

export const LazyCategoryBars = lazy(() =>
  loadCategoryBars().then((m) => ({ default: m.CategoryBars })),
);
export const LazyTimeChart = lazy(() => loadTimeChart().then((m) => ({ default: m.TimeChart })));

let preloading: Promise<unknown> | null = null;

/** Starts loading the charting code now (printing, a presentation, the page going idle). */
export function preloadCharts(): Promise<unknown> {
  preloading ??= Promise.all([loadCategoryBars(), loadTimeChart()]);
  return preloading;
}

const INTERACTION_EVENTS = ['scroll', 'pointerdown', 'keydown', 'focusin'] as const;

/**
 * Loads the charting code once the reader starts using the page (or after `delayMs`), so a
 * chart scrolled to or printed later is ready without slowing the first screen.
 */
export function preloadChartsSoon(delayMs = 5000): () => void {
  const start = () => {
    cancel();
    void preloadCharts();
  };
  const timer = window.setTimeout(start, delayMs);
  for (const e of INTERACTION_EVENTS)
    window.addEventListener(e, start, { passive: true, once: true });
  function cancel() {
    window.clearTimeout(timer);
    for (const e of INTERACTION_EVENTS) window.removeEventListener(e, start);
  }
  return cancel;
}
