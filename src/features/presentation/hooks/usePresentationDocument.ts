import { useLayoutEffect } from 'react';

/**
 * Dark theme and room-sized type while the presentation is open (its loading state included);
 * restored on leaving. Set before the first frame is painted (a layout effect): after it, the
 * wall showed a frame light and at the page's type size, then every box moved as the type shrank
 * (Lighthouse CLS 0.36 on a busy machine). Small and outside the presentation's chunk: the
 * route's loading state uses it too, so a wall does not flash white while that chunk loads.
 */
export function usePresentationDocument() {
  useLayoutEffect(() => {
    const root = document.documentElement;
    const theme = root.dataset.theme;
    root.dataset.theme = 'dark';
    root.dataset.presentation = 'true';
    return () => {
      if (theme === undefined) delete root.dataset.theme;
      else root.dataset.theme = theme;
      delete root.dataset.presentation;
    };
  }, []);
}
