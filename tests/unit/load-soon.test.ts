import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadSoon } from '@/lib/load-soon';

afterEach(() => vi.useRealTimers());

describe('loadSoon', () => {
  it('loads once, at the first use of the page, before the delay', () => {
    vi.useFakeTimers();
    const load = vi.fn();
    loadSoon(load, 5000);
    expect(load).not.toHaveBeenCalled();
    window.dispatchEvent(new Event('pointerdown'));
    window.dispatchEvent(new Event('keydown'));
    vi.advanceTimersByTime(10_000);
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('loads after the delay when the page is left alone, and not again on a later use', () => {
    vi.useFakeTimers();
    const load = vi.fn();
    loadSoon(load, 3000);
    vi.advanceTimersByTime(2999);
    expect(load).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(load).toHaveBeenCalledTimes(1);
    window.dispatchEvent(new Event('scroll'));
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('does nothing once cancelled (the component left the page)', () => {
    vi.useFakeTimers();
    const load = vi.fn();
    const cancel = loadSoon(load, 1000);
    cancel();
    window.dispatchEvent(new Event('focusin'));
    vi.advanceTimersByTime(5000);
    expect(load).not.toHaveBeenCalled();
  });
});
