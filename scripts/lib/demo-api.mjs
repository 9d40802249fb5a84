// @ts-check
/**
 * One wait for the end-to-end tests (tests/e2e/support/fixtures.ts) and the bench
 * (scripts/bench/): the embedded demo API answers a page's own fetch() only once MSW's service
 * worker runs, which the app starts after its first screen (src/main.tsx).
 */

/**
 * Waits until the demo API also answers the page's own fetch(); fails if the service worker
 * could not start there (the app sets `__reliefServiceWorkerApi` to true or false).
 * @param {import('playwright-core').Page} page
 */
export async function demoApiAnswersPage(page) {
  // Waits for a truthy value: the flag as a string, so that `false` ends the wait too.
  const flag = await page.waitForFunction(
    () => {
      const { __reliefServiceWorkerApi: started } =
        /** @type {{ __reliefServiceWorkerApi?: boolean }} */ (globalThis);
      return started === undefined ? false : String(started);
    },
    null,
    { timeout: 60_000 },
  );
  if ((await flag.jsonValue()) !== 'true')
    throw new Error("the demo API's service worker did not start");
}

/**
 * Replaces the demo data with the seeded generator's (`POST /api/v1/demo/generate`), from the
 * page, once the API answers it; fails on any answer but a success. Pages load the new data on
 * their next navigation.
 * @param {import('playwright-core').Page} page
 * @param {{ activities: number, sites: number, seed: number }} dataset
 */
export async function generateDemoData(page, dataset) {
  await demoApiAnswersPage(page);
  const status = await page.evaluate(async (body) => {
    const r = await fetch('/api/v1/demo/generate', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
    });
    return r.ok ? 0 : r.status;
  }, dataset);
  if (status !== 0) throw new Error(`generating demo data: HTTP ${status}`);
}
