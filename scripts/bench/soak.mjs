// @ts-check
/**
 * Presentation stamina: /present at 1920×1080 with a refresh every 10 s and a scene change every
 * 15 s. Compares the JS heap (after GC) at the end with the heap after the first full rotation.
 */
import { heapMb } from './browser-metrics.mjs';

/**
 * @param {import('playwright-core').Browser} browser
 * @param {string} baseUrl
 * @param {number} minutes
 */
export async function soak(browser, baseUrl, minutes) {
  const context = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  /** @type {string[]} */
  const errors = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(`${baseUrl}/present?interval=15&refresh=10`);
  await page.waitForSelector('.present-kpi__value', { timeout: 60_000 });
  // One full rotation of four scenes, so every scene's code and data have been loaded once.
  await page.waitForTimeout(4 * 15_000 + 2_000);
  const afterFirstRotation = await heapMb(cdp);
  const samples = [afterFirstRotation];
  const end = Date.now() + minutes * 60_000;
  while (Date.now() < end) {
    await page.waitForTimeout(Math.min(60_000, Math.max(0, end - Date.now())));
    samples.push(await heapMb(cdp));
    process.stdout.write(
      `  soak: ${samples.length - 1} min, heap ${samples.at(-1)?.toFixed(1)} MB\n`,
    );
  }
  const last = samples.at(-1) ?? NaN;
  await context.close();
  return {
    minutes,
    heapAfterFirstRotationMb: afterFirstRotation,
    heapEndMb: last,
    growthPct: ((last - afterFirstRotation) / afterFirstRotation) * 100,
    consoleErrors: errors,
  };
}
