import { QueryClient } from '@tanstack/react-query';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { afterFirstScreen } from '@/app/after-first-screen';

afterEach(() => vi.useRealTimers());

function pending<T>() {
  let settle!: { resolve: (value: T) => void; reject: (error: Error) => void };
  const promise = new Promise<T>((resolve, reject) => (settle = { resolve, reject }));
  return { promise, ...settle };
}

const moment = () => new Promise((resolve) => setTimeout(resolve, 30));

describe('afterFirstScreen', () => {
  it("waits until every one of the first screen's requests is answered or has failed", async () => {
    const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    const done = vi.fn();
    void afterFirstScreen(client).then(done);
    await moment();
    expect(done, 'nothing asked yet is not a drawn screen').not.toHaveBeenCalled();

    const lookups = pending<string[]>();
    const summary = pending<number>();
    void client.fetchQuery({ queryKey: ['lookups'], queryFn: () => lookups.promise });
    void client
      .fetchQuery({ queryKey: ['summary'], queryFn: () => summary.promise })
      .catch(() => {});
    lookups.resolve(['110111']);
    await moment();
    expect(done, 'the summary is still on its way').not.toHaveBeenCalled();

    summary.reject(new Error('server down'));
    await vi.waitFor(() => expect(done).toHaveBeenCalledTimes(1));
  });

  it('stops waiting after the time given, for a request that never ends', async () => {
    vi.useFakeTimers();
    const client = new QueryClient();
    void client.fetchQuery({ queryKey: ['hung'], queryFn: () => new Promise(() => {}) });
    const done = vi.fn();
    void afterFirstScreen(client, 10_000).then(done);
    await vi.advanceTimersByTimeAsync(9_900);
    expect(done).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1_200);
    expect(done).toHaveBeenCalledTimes(1);
  });
});
