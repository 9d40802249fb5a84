import { afterEach, describe, expect, it, vi } from 'vitest';
import { whenLoaded } from '@/lib/when-loaded';

describe('whenLoaded', () => {
  afterEach(() => vi.useRealTimers());

  it('waits through a failed load and resolves when the browser is back online', async () => {
    const load = vi
      .fn<() => Promise<string>>()
      .mockRejectedValueOnce(new TypeError('Failed to fetch dynamically imported module'))
      .mockResolvedValueOnce('chart code');
    const loaded = whenLoaded(load);
    let value: string | undefined;
    void loaded.then((v) => (value = v));
    await Promise.resolve();
    await Promise.resolve();
    expect(value).toBeUndefined();
    window.dispatchEvent(new Event('online'));
    await expect(loaded).resolves.toBe('chart code');
    expect(load).toHaveBeenCalledTimes(2);
  });

  it('tries again by itself after a while when no online event comes', async () => {
    vi.useFakeTimers();
    const load = vi
      .fn<() => Promise<number>>()
      .mockRejectedValueOnce(new Error('server restarting'))
      .mockRejectedValueOnce(new Error('server restarting'))
      .mockResolvedValueOnce(42);
    const loaded = whenLoaded(load);
    await vi.advanceTimersByTimeAsync(10_000);
    expect(load).toHaveBeenCalledTimes(2);
    await vi.advanceTimersByTimeAsync(10_000);
    await expect(loaded).resolves.toBe(42);
    expect(load).toHaveBeenCalledTimes(3);
  });
});
