/**
 * Presentation settings come from the URL so a meeting-room PC is set up by bookmark:
 * `/present?interval=20&refresh=30&lang=en&district=110111`.
 */
export interface PresentationSettings {
  /** Seconds each scene stays on screen. */
  sceneSeconds: number;
  /** Seconds between data refreshes. */
  refreshSeconds: number;
  /** Start paused (e.g. a presenter who drives the scenes with a clicker). */
  startPaused: boolean;
}

export const DEFAULT_SETTINGS: PresentationSettings = {
  sceneSeconds: 20,
  refreshSeconds: 30,
  startPaused: false,
};

function seconds(raw: string | null, fallback: number, min: number, max: number): number {
  if (raw === null || raw.trim() === '') return fallback;
  const n = Number(raw);
  if (!Number.isFinite(n)) return fallback;
  return Math.min(max, Math.max(min, Math.round(n)));
}

export function parsePresentationSettings(search: string): PresentationSettings {
  const p = new URLSearchParams(search);
  return {
    sceneSeconds: seconds(p.get('interval'), DEFAULT_SETTINGS.sceneSeconds, 5, 3600),
    refreshSeconds: seconds(p.get('refresh'), DEFAULT_SETTINGS.refreshSeconds, 5, 3600),
    startPaused: p.get('paused') === '1',
  };
}

/** Moves through scenes in a ring: after the last comes the first. */
export function stepScene(index: number, count: number, delta: number): number {
  if (count <= 0) return 0;
  return (((index + delta) % count) + count) % count;
}
