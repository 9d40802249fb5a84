import { describe, expect, it } from 'vitest';
import { testStore } from '@mocks/node';

const post = (path: string, body?: unknown) =>
  fetch(`http://localhost/api/v1${path}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });

describe('demo endpoints', () => {
  it('replace the data with a generated dataset of the asked size, and reset to the seed', async () => {
    const response = await post('/demo/generate', { activities: 2000, sites: 100, seed: 3 });
    expect(response.status).toBe(200);
    expect(testStore.get('activities').size).toBe(2000);
    expect(testStore.get('sites').size).toBe(100);
    const summary = (await (await fetch('http://localhost/api/v1/summary')).json()) as {
      totals: { activities: { illustrative: number; reported: number } };
    };
    expect(summary.totals.activities).toMatchObject({ illustrative: 2000, reported: 0 });

    expect((await post('/demo/reset')).status).toBe(204);
    expect(testStore.get('activities').has('act-r-huairou-townships')).toBe(true);
  });

  it('refuses nonsense sizes', async () => {
    expect((await post('/demo/generate', { activities: -1, sites: 5 })).status).toBe(400);
    expect((await post('/demo/generate', 'x')).status).toBe(400);
  });
});
