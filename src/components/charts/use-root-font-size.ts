import { useSyncExternalStore } from 'react';

/**
 * Read once and again on resize only: getComputedStyle during render forces a style recalc,
 * and every chart asks on every render.
 */
let rootFontSize: number | null = null;

/** The root font size in px, read now. */
function readRootFontSize(): number {
  const px = Number.parseFloat(getComputedStyle(document.documentElement).fontSize);
  return Number.isFinite(px) && px > 0 ? px : 16;
}

let subscribers = 0;

function subscribeResize(callback: () => void) {
  const onResize = () => {
    rootFontSize = readRootFontSize();
    callback();
  };
  subscribers += 1;
  window.addEventListener('resize', onResize);
  return () => {
    window.removeEventListener('resize', onResize);
    // Nobody listens for resizes now: the next reader reads afresh rather than trust the cache.
    subscribers -= 1;
    if (subscribers === 0) rootFontSize = null;
  };
}

function currentRootFontSize(): number {
  rootFontSize ??= readRootFontSize();
  return rootFontSize;
}

/**
 * The root font size in px. theme.css raises it on large screens, and chart text, bar
 * thickness, axis widths, map popups and the ledger's row height follow, so a 4K wall stays
 * readable.
 */
export function useRootFontSize(): number {
  return useSyncExternalStore(subscribeResize, currentRootFontSize, () => 16);
}
