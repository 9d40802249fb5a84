import { QueryObserver } from '@tanstack/react-query';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createQueryClient } from '@/app/query-client';
import { siteQueries } from '@/api/resources/sites';
import { noFilters, toRecordFilters } from '@/filters/url-filters';

afterEach(() => {
  vi.useRealTimers();
});

describe('the sites of a scope left behind', () => {
  it('are dropped from memory 15 s after the map stops showing them; the shown scope stays', async () => {
    const client = createQueryClient();
    const left = siteQueries.summary(toRecordFilters({ ...noFilters, from: '2023-08-01' }));
    const shown = siteQueries.summary(toRecordFilters({ ...noFilters, from: '2023-08-02' }));
    const leftRows = (await client.fetchQuery(left)).sites.length;
    expect(leftRows).toBeGreaterThan(0);
    const showing = new QueryObserver(client, shown);
    const stopShowing = showing.subscribe(() => {});
    await vi.waitFor(() => expect(client.getQueryData(shown.queryKey)).toBeDefined());

    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    // The map moved on from `left`: as when its last observer goes.
    const leaving = new QueryObserver(client, left);
    leaving.subscribe(() => {})();
    vi.advanceTimersByTime(14_000);
    expect(client.getQueryData(left.queryKey)?.sites).toHaveLength(leftRows);
    vi.advanceTimersByTime(1_001);
    expect(client.getQueryData(left.queryKey)).toBeUndefined();
    vi.advanceTimersByTime(5 * 60_000);
    expect(client.getQueryData(shown.queryKey)).toBeDefined();
    stopShowing();
  });
});
