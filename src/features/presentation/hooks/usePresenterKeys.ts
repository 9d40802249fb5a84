import { useEffect, useRef } from 'react';

export interface PresenterActions {
  next: () => void;
  previous: () => void;
  togglePause: () => void;
  toggleFullscreen: () => void;
}

/**
 * Keyboard and presentation clickers (which send PageUp/PageDown, sometimes arrows or B/period).
 * Keys typed into a form control are left alone.
 */
export function usePresenterKeys(actions: PresenterActions): void {
  const latest = useRef(actions);
  useEffect(() => {
    latest.current = actions;
  });

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.altKey || event.ctrlKey || event.metaKey) return;
      const target = event.target as HTMLElement | null;
      if (target?.closest('input, select, textarea, [contenteditable="true"]')) return;
      const a = latest.current;
      switch (event.key) {
        case 'ArrowRight':
        case 'PageDown':
          a.next();
          break;
        case 'ArrowLeft':
        case 'PageUp':
          a.previous();
          break;
        case ' ':
        case 'Spacebar':
          // Space on a focused button would also click it: handle it once, here.
          a.togglePause();
          break;
        case 'f':
        case 'F':
          a.toggleFullscreen();
          break;
        default:
          return;
      }
      event.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}

export function toggleFullscreen(): void {
  if (document.fullscreenElement) void document.exitFullscreen().catch(() => {});
  else void document.documentElement.requestFullscreen?.().catch(() => {});
}
