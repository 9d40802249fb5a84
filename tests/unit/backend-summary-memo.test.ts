/**
 * The demo backend reuses a summary while the store is unchanged. What matters to users: a figure
 * is never stale after a write, whatever order the filters come in.
 */
import { describe, expect, it } from 'vitest';
import type { Activity, SiteSummary, Summary } from '@/api/contract';
import { Store } from '@mocks/db';
import { memoPerRevision } from '@mocks/lib/memo';
import { seedDataset } from '@mocks/data';
import { huairouVisitInput } from '../support/factories';

const api = (path: string) => `http://localhost/api/v1${path}`;
const getSummary = async (query: string) =>
  (await (await fetch(api(`/summary?${query}`))).json()) as Summary;
const getSiteSummary = async (query: string) =>
  (await (await fetch(api(`/sites/summary?${query}`))).json()) as SiteSummary;

describe('summaries of the demo backend', () => {
  it('follow every write, whatever the order of the filters', async () => {
    const scope = 'district=110116&from=2023-08-01';
    const before = await getSummary(scope);
    const sitesBefore = await getSiteSummary(scope);
    // Same scope, other order: the same figures, and a fresh time.
    const again = await getSummary('from=2023-08-01&district=110116');
    expect(again.totals).toEqual(before.totals);
    expect(again.asOf >= before.asOf).toBe(true);

    const created = await fetch(api('/activities'), {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(huairouVisitInput),
    });
    expect(created.status).toBe(201);
    const { id } = (await created.json()) as Activity;
    const after = await getSummary('from=2023-08-01&district=110116');
    expect(after.totals.activities.entered).toBe(before.totals.activities.entered + 1);
    expect(after.totals.workersServed.entered).toBe(before.totals.workersServed.entered + 120);

    expect((await fetch(api(`/activities/${id}`), { method: 'DELETE' })).status).toBe(204);
    expect((await getSummary(scope)).totals).toEqual(before.totals);
    expect((await getSiteSummary(scope)).sites).toEqual(sitesBefore.sites);
  });

  it('refuse bad filters every time, not only the first', async () => {
    for (let i = 0; i < 2; i++) {
      const response = await fetch(api('/summary?district=nowhere'));
      expect(response.status).toBe(400);
    }
  });
});

describe('memoPerRevision', () => {
  it('computes a scope once until the store changes, and forgets the oldest scope first', async () => {
    const store = new Store(() => structuredClone(seedDataset));
    const computed: string[] = [];
    const answer = memoPerRevision(
      store,
      (url) => {
        computed.push(url.search);
        return url.searchParams.getAll('district').join('+');
      },
      2,
    );
    const url = (q: string) => new URL(`http://localhost/api/v1/summary?${q}`);

    expect(answer(url('district=110116&type=x'))).toBe('110116');
    expect(answer(url('type=x&district=110116'))).toBe('110116');
    expect(computed).toHaveLength(1);

    answer(url('district=110111'));
    answer(url('district=110116&type=x')); // used again: now the most recent
    answer(url('district=110114')); // over capacity: drops 110111
    answer(url('district=110116&type=x'));
    expect(computed).toHaveLength(3);
    answer(url('district=110111'));
    expect(computed).toHaveLength(4);

    await store.remove('activities', 'act-r-huairou-townships');
    answer(url('district=110116&type=x'));
    expect(computed).toHaveLength(5);
  });
});
