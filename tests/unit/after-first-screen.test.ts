import { QueryClient } from '@tanstack/react-query';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { afterFirstScreen } from '@/app/after-first-screen';

afterEach(() => vi.useRealTimers());

function pending<T>() {
  let settle!: { resolve: (value: T) => void; reject: (error: Error) => void };
  const promise = new Promise<T>((resolve, reject) => (settle = { resolve, reject }));
  return { promise, ...settle };
}

const client = () => new QueryClient({ defaultOptions: { queries: { retry: false } } });

describe('afterFirstScreen', () => {
  it("waits until every one of the first screen's requests is answered or has failed", async () => {
    vi.useFakeTimers();
    const queries = client();
    const done = vi.fn();
    void afterFirstScreen(queries, { quietMs: 500 }).then(done);
    await vi.advanceTimersByTimeAsync(1000);
    expect(done, 'nothing asked yet is not a drawn screen').not.toHaveBeenCalled();

    const lookups = pending<string[]>();
    const summary = pending<number>();
    void queries.fetchQuery({ queryKey: ['lookups'], queryFn: () => lookups.promise });
    void queries
      .fetchQuery({ queryKey: ['summary'], queryFn: () => summary.promise })
      .catch(() => {});
    lookups.resolve(['110111']);
    await vi.advanceTimersByTimeAsync(1000);
    expect(done, 'the summary is still on its way').not.toHaveBeenCalled();

    summary.reject(new Error('server down'));
    await vi.advanceTimersByTimeAsync(400);
    expect(done, 'not before a quiet moment').not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(200);
    expect(done).toHaveBeenCalledTimes(1);
  });

  it('waits again for a request started in the quiet moment', async () => {
    vi.useFakeTimers();
    const queries = client();
    const done = vi.fn();
    void afterFirstScreen(queries, { quietMs: 500 }).then(done);
    await queries.fetchQuery({ queryKey: ['summary'], queryFn: () => Promise.resolve(1) });
    await vi.advanceTimersByTimeAsync(300);
    const sites = pending<string[]>();
    void queries.fetchQuery({ queryKey: ['sites'], queryFn: () => sites.promise });
    await vi.advanceTimersByTimeAsync(1000);
    expect(done).not.toHaveBeenCalled();
    sites.resolve(['s-1']);
    await vi.advanceTimersByTimeAsync(600);
    expect(done).toHaveBeenCalledTimes(1);
  });

  it('stops waiting after the time given, for a request that never ends', async () => {
    vi.useFakeTimers();
    const queries = client();
    void queries.fetchQuery({ queryKey: ['hung'], queryFn: () => new Promise(() => {}) });
    const done = vi.fn();
    void afterFirstScreen(queries, { timeoutMs: 10_000 }).then(done);
    await vi.advanceTimersByTimeAsync(9_900);
    expect(done).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1_200);
    expect(done).toHaveBeenCalledTimes(1);
  });
});
