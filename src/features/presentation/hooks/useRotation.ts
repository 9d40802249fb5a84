import { useCallback, useEffect, useState } from 'react';
import { stepScene } from '../lib/settings';

/**
 * Which scene is showing. Advances by itself every `intervalMs` unless paused; a manual step
 * restarts the countdown so the presenter gets a full interval on the scene they chose.
 */
export function useRotation(count: number, intervalMs: number, startPaused: boolean) {
  const [index, setIndex] = useState(0);
  const [paused, setPaused] = useState(startPaused);
  // Bumped on every manual step to restart the timer.
  const [epoch, setEpoch] = useState(0);

  useEffect(() => {
    if (paused || count < 2) return;
    const timer = window.setInterval(() => setIndex((i) => stepScene(i, count, 1)), intervalMs);
    return () => window.clearInterval(timer);
  }, [paused, count, intervalMs, epoch]);

  const step = useCallback(
    (delta: number) => {
      setIndex((i) => stepScene(i, count, delta));
      setEpoch((e) => e + 1);
    },
    [count],
  );
  const togglePause = useCallback(() => setPaused((p) => !p), []);
  const goTo = useCallback((i: number) => {
    setIndex(i);
    setEpoch((e) => e + 1);
  }, []);

  return { index: Math.min(index, Math.max(0, count - 1)), paused, step, togglePause, goTo };
}
