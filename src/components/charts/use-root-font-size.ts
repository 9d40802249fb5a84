import { useSyncExternalStore } from 'react';

/**
 * Read once and again on resize only: getComputedStyle during render forces a style recalc,
 * and every chart asks on every render.
 */
let rootFontSize: number | null = null;

function readRootFontSize(): number {
  const px = Number.parseFloat(getComputedStyle(document.documentElement).fontSize);
  return Number.isFinite(px) && px > 0 ? px : 16;
}

function subscribeResize(callback: () => void) {
  const onResize = () => {
    rootFontSize = readRootFontSize();
    callback();
  };
  window.addEventListener('resize', onResize);
  return () => window.removeEventListener('resize', onResize);
}

function currentRootFontSize(): number {
  rootFontSize ??= readRootFontSize();
  return rootFontSize;
}

/**
 * The root font size in px. theme.css raises it on large screens, and chart text, bar
 * thickness and axis widths follow, so a 4K wall stays readable.
 */
export function useRootFontSize(): number {
  return useSyncExternalStore(subscribeResize, currentRootFontSize, () => 16);
}
