import { Suspense, useEffect, useRef, useState, type ReactNode, type RefObject } from 'react';
import { flushSync } from 'react-dom';
import { useI18n } from '@/i18n';
import './chart-tooltip.css';

/**
 * True while the element is within `margin` of the screen (always true where the API is
 * missing). `margin` is a rootMargin: '50% 0px' is half a screen above and below.
 */
function useWithinScreen(
  ref: RefObject<HTMLElement | null>,
  margin: string,
  initially: boolean,
): boolean {
  const [within, setWithin] = useState(
    () => initially || typeof IntersectionObserver === 'undefined',
  );
  useEffect(() => {
    const el = ref.current;
    if (!el || typeof IntersectionObserver === 'undefined') return;
    const observer = new IntersectionObserver(
      (entries) => {
        const entry = entries.at(-1);
        if (entry) setWithin(entry.isIntersecting);
      },
      { rootMargin: margin },
    );
    observer.observe(el);
    return () => observer.disconnect();
  }, [ref, margin]);
  return within;
}

/** First drawn half a screen ahead: a chart scrolled towards is drawn before it arrives. */
const DRAW_AHEAD = '50% 0px';
/**
 * Kept current from a little ahead of the screen: a filter change then redraws the charts a
 * reader sees (and the next ones), not every chart drawn so far. A scroll brings the others up
 * to date as they come within this band, before they are seen.
 */
const KEEP_CURRENT = '15% 0px';

/** True while the page is being printed: every chart must then be drawn with current data. */
function usePrinting(): boolean {
  // A slot can mount while printing is under way (its data arrived late): it must draw too.
  const [printing, setPrinting] = useState(() => Boolean(window.matchMedia?.('print').matches));
  useEffect(() => {
    const media = window.matchMedia?.('print');
    // flushSync: the browser lays out the print right after `beforeprint` returns.
    const on = () => flushSync(() => setPrinting(true));
    const off = () => setPrinting(Boolean(media?.matches));
    const onMedia = (e: MediaQueryListEvent) => (e.matches ? on() : off());
    media?.addEventListener('change', onMedia);
    window.addEventListener('beforeprint', on);
    window.addEventListener('afterprint', off);
    // Printing may have begun between the render and this effect (a slot drawn in a background
    // render commits late), and its `change` event is then missed. (A microtask: flushSync may
    // not run inside an effect.)
    if (media?.matches) queueMicrotask(on);
    return () => {
      media?.removeEventListener('change', onMedia);
      window.removeEventListener('beforeprint', on);
      window.removeEventListener('afterprint', off);
    };
  }, []);
  return printing;
}

/** `value` while `frozen` is false; the last such value while it is true. */
function useFrozen<T>(value: T, frozen: boolean): T {
  const [kept, setKept] = useState(value);
  if (!frozen && kept !== value) setKept(value);
  return frozen ? kept : value;
}

interface ChartSlotProps {
  /**
   * The chart's height (px, or a CSS length such as '100%' of a parent the stylesheet sizes),
   * reserved before it is drawn so nothing jumps.
   */
  height: number | string;
  /**
   * On a screen of fixed height (a presentation scene), the slot may shrink down to this height
   * (px) where its card has less room than `height`; the chart inside then fills the slot.
   */
  shrinkTo?: number;
  /** Draw at once (a presentation scene is always on screen). */
  eager?: boolean;
  children: ReactNode;
}

/**
 * Where a chart is drawn. A chart far from the screen is not drawn yet, and one away from the
 * screen keeps its last drawing until it comes back: a filter change then redraws only the
 * charts a reader can see. The frame around it (title, description, table, exports) is always
 * current.
 */
export function ChartSlot({ height, shrinkTo, eager = false, children }: ChartSlotProps) {
  const { t } = useI18n();
  const ref = useRef<HTMLDivElement>(null);
  const near = useWithinScreen(ref, DRAW_AHEAD, eager);
  const onScreen = useWithinScreen(ref, KEEP_CURRENT, eager);
  const printing = usePrinting();
  const [drawn, setDrawn] = useState(near || printing);
  if ((near || printing) && !drawn) setDrawn(true);
  // Until its first drawing the slot follows the scope, so that drawing is current.
  const shown = useFrozen(children, drawn && !onScreen && !printing);
  const placeholder = (
    <div className="chart-slot__placeholder" style={{ height }}>
      <span className="visually-hidden">{t('state.loading')}</span>
    </div>
  );
  return (
    <div
      ref={ref}
      className={shrinkTo === undefined ? 'chart-slot' : 'chart-slot chart-slot--shrinks'}
      style={shrinkTo === undefined ? { minHeight: height } : { height, minHeight: shrinkTo }}
    >
      {drawn ? <Suspense fallback={placeholder}>{shown}</Suspense> : placeholder}
    </div>
  );
}
