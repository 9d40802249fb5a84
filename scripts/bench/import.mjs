// @ts-check
/* global window, requestAnimationFrame, cancelAnimationFrame -- used inside page.evaluate, which runs in the browser */
/**
 * Import of a 100,000-row CSV through the real UI: upload → mapping → preview → confirm.
 * Prints parse / validate / send / total seconds (the import's own performance.measure entries)
 * and the longest main-thread task while it ran. Restores the demo data afterwards.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bigActivitiesCsv } from '../make-import-fixtures.mjs';
import { demoApiAnswersPage } from '../lib/demo-api.mjs';
import { recordLongTasks, takeLongestTask } from './browser-metrics.mjs';

/**
 * @param {import('playwright-core').Browser} browser
 * @param {string} baseUrl
 * @param {number} rows
 */
export async function benchImport(browser, baseUrl, rows) {
  const csv = Buffer.from(bigActivitiesCsv(rows), 'utf8');
  // Picked from disk, as a user does: given as a buffer, Playwright would rebuild the file inside
  // the page from base64, a multi-second task of its own that is not the app's.
  const dir = mkdtempSync(join(tmpdir(), 'relief-import-'));
  const file = join(dir, `activities-${rows}.csv`);
  writeFileSync(file, csv);
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
  const page = await context.newPage();
  try {
    await page.goto(`${baseUrl}/import`);
    await page.waitForSelector('input[type="file"]', { state: 'attached', timeout: 60_000 });
    // Let the reference lists (organizations, sites) arrive before the clock starts.
    await page.waitForLoadState('networkidle');
    await recordLongTasks(page);
    /** Most main-thread time between two animation frames, as the user feels it. */
    await page.evaluate(() => {
      const w = /** @type {any} */ (window);
      w.__benchFrameGap = 0;
      let last = performance.now();
      const tick = () => {
        const now = performance.now();
        w.__benchFrameGap = Math.max(w.__benchFrameGap, now - last);
        last = now;
        w.__benchRaf = requestAnimationFrame(tick);
      };
      w.__benchRaf = requestAnimationFrame(tick);
    });
    const t0 = Date.now();
    await page.locator('input[type="file"]').setInputFiles(file);
    const check = page.locator('#import-mapping-title ~ .import__actions button').first();
    await check.waitFor({ timeout: 120_000 });
    await check.click();
    const counts = page.getByTestId('import-counts');
    await counts.waitFor({ timeout: 120_000 });
    const countsText = await counts.innerText();
    await page.locator('#import-preview-title ~ .import__actions button').first().click();
    await page.waitForSelector('.import__result-created', { timeout: 300_000 });
    const tDone = Date.now();
    const resultText = await page.locator('.import__result-created').innerText();

    const measure = (/** @type {string} */ name) =>
      page.evaluate((n) => performance.getEntriesByName(n).at(-1)?.duration ?? NaN, name);
    const parseMs = await measure('import:parse');
    const validateMs = await measure('import:validate');
    const sendMs = await measure('import:send');
    const longestTaskMs = await takeLongestTask(page);
    const longestFrameGapMs = await page.evaluate(() => {
      const w = /** @type {any} */ (window);
      cancelAnimationFrame(w.__benchRaf);
      return /** @type {number} */ (w.__benchFrameGap);
    });
    return {
      rows,
      bytes: csv.byteLength,
      parseMs,
      validateMs,
      sendMs,
      totalMs: parseMs + validateMs + sendMs,
      // Upload to result on screen, including the bench's own clicks between the steps.
      wallMs: tDone - t0,
      longestTaskMs,
      longestFrameGapMs,
      counts: countsText,
      result: resultText,
    };
  } finally {
    // Other bench steps expect the seed data.
    await demoApiAnswersPage(page)
      .then(() =>
        page.evaluate(() => fetch('/api/v1/demo/reset', { method: 'POST' }).then((r) => r.status)),
      )
      .catch(() => 0);
    await context.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
