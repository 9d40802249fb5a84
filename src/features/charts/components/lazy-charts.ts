/**
 * The Recharts-based charts, loaded on demand: the charting library is the heaviest part of the
 * overview and most charts start below the fold, so the first screen does not wait for it.
 */
import { lazy } from 'react';
import { loadSoon } from '@/lib/load-soon';
import { whenLoaded } from '@/lib/when-loaded';
import type * as CategoryBarsModule from './CategoryBars';
import type * as TimeChartModule from './TimeChart';

let categoryBars: Promise<typeof CategoryBarsModule> | null = null;
let timeChart: Promise<typeof TimeChartModule> | null = null;
const loadCategoryBars = () => (categoryBars ??= whenLoaded(() => import('./CategoryBars')));
const loadTimeChart = () => (timeChart ??= whenLoaded(() => import('./TimeChart')));

export const LazyCategoryBars = lazy(() =>
  loadCategoryBars().then((m) => ({ default: m.CategoryBars })),
);
export const LazyTimeChart = lazy(() => loadTimeChart().then((m) => ({ default: m.TimeChart })));

/** Starts loading the charting code now (printing, a presentation, the page going idle). */
export function preloadCharts(): Promise<unknown> {
  return Promise.all([loadCategoryBars(), loadTimeChart()]);
}

/**
 * Loads the charting code once the reader starts using the page (or after `delayMs`), so a
 * chart scrolled to or printed later is ready without slowing the first screen.
 */
export function preloadChartsSoon(delayMs = 5000): () => void {
  return loadSoon(preloadCharts, delayMs);
}
