import { describe, expect, it } from 'vitest';
import { parsePresentationSettings, stepScene } from '@/features/presentation/lib/settings';

describe('presentation settings from the bookmark URL', () => {
  it('reads the scene interval, the refresh interval and a paused start', () => {
    expect(parsePresentationSettings('?interval=15&refresh=10&paused=1&lang=en')).toEqual({
      sceneSeconds: 15,
      refreshSeconds: 10,
      startPaused: true,
    });
  });

  it('falls back to defaults for missing or garbage values and clamps extremes', () => {
    expect(parsePresentationSettings('')).toEqual({
      sceneSeconds: 20,
      refreshSeconds: 30,
      startPaused: false,
    });
    expect(parsePresentationSettings('?interval=abc&refresh=')).toMatchObject({
      sceneSeconds: 20,
      refreshSeconds: 30,
    });
    expect(parsePresentationSettings('?interval=0&refresh=-4')).toMatchObject({
      sceneSeconds: 5,
      refreshSeconds: 5,
    });
    expect(parsePresentationSettings('?interval=1e9')).toMatchObject({ sceneSeconds: 3600 });
  });
});

describe('scene rotation', () => {
  it('wraps around in both directions', () => {
    expect(stepScene(3, 4, 1)).toBe(0);
    expect(stepScene(0, 4, -1)).toBe(3);
    expect(stepScene(1, 4, 6)).toBe(3);
    expect(stepScene(0, 0, 1)).toBe(0);
  });
});
