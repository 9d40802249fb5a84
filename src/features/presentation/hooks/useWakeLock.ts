import { useEffect, useState } from 'react';

export type WakeLockState = 'active' | 'unsupported' | 'denied';

/**
 * Keeps the screen on while the presentation is open. The browser drops the lock whenever the
 * tab is hidden, so it is requested again when the tab becomes visible.
 */
export function useWakeLock(): WakeLockState {
  const [state, setState] = useState<WakeLockState>(() =>
    typeof navigator !== 'undefined' && 'wakeLock' in navigator ? 'active' : 'unsupported',
  );

  useEffect(() => {
    if (!('wakeLock' in navigator)) return;
    let sentinel: WakeLockSentinel | null = null;
    let disposed = false;
    const request = async () => {
      if (document.visibilityState !== 'visible') return;
      try {
        const lock = await navigator.wakeLock.request('screen');
        if (disposed) {
          void lock.release();
          return;
        }
        sentinel = lock;
        setState('active');
      } catch {
        // Denied by policy or battery saver: the screen may sleep, and the UI says so.
        setState('denied');
      }
    };
    const onVisibility = () => void request();
    void request();
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      disposed = true;
      document.removeEventListener('visibilitychange', onVisibility);
      void sentinel?.release().catch(() => {});
    };
  }, []);

  return state;
}
