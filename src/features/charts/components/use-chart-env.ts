import { useSyncExternalStore } from 'react';

function subscribeResize(callback: () => void) {
  window.addEventListener('resize', callback);
  return () => window.removeEventListener('resize', callback);
}

function readRootFontSize(): number {
  const px = Number.parseFloat(getComputedStyle(document.documentElement).fontSize);
  return Number.isFinite(px) && px > 0 ? px : 16;
}

/**
 * The root font size in px. theme.css raises it on large screens, and chart text, bar
 * thickness and axis widths follow, so a 4K wall stays readable.
 */
export function useRootFontSize(): number {
  return useSyncExternalStore(subscribeResize, readRootFontSize, () => 16);
}
