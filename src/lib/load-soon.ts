const INTERACTION_EVENTS = ['scroll', 'pointerdown', 'keydown', 'focusin'] as const;

/**
 * Runs `load` once the reader starts using the page, or after `delayMs`: code the next click
 * is likely to need is then ready, without slowing the first screen.
 * @returns a function that cancels it, for an effect's cleanup
 */
export function loadSoon(load: () => unknown, delayMs = 5000): () => void {
  const start = () => {
    cancel();
    void load();
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
