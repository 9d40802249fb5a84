import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { demoApiAnswersPage, expect, expectNoA11yViolations, test } from './support/fixtures';

const grid = (page: Page) => page.getByRole('grid');
const loadedRows = (page: Page) => grid(page).locator('[role="row"][data-loaded="true"]');

/**
 * Opens a ledger URL and waits for its first rows. The first visit starts the embedded backend
 * (service worker, IndexedDB seed), which on a loaded 2-core machine can take well over 10 s.
 */
async function openLedger(page: Page, url: string) {
  await page.goto(url);
  await expect(loadedRows(page).first()).toBeVisible({ timeout: 30_000 });
}

/** Creates an activity through the app's own API (the embedded backend in the service worker). */
async function createActivity(page: Page, title: string) {
  await demoApiAnswersPage(page);
  const status = await page.evaluate(async (zh) => {
    const response = await fetch('/api/v1/activities', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-User-Name': 'e2e' },
      body: JSON.stringify({
        date: '2023-08-09',
        type: 'condolence_visit',
        title: { zh, en: '' },
        organizationId: 'org-bjftu',
        districtCodes: ['110111'],
        provenance: { kind: 'entered', note: '@note' },
      }),
    });
    return response.status;
  }, title);
  expect(status).toBe(201);
}

test.describe('ledger', () => {
  test.describe.configure({ timeout: 90_000 });

  test('a district in the URL shows only its rows; search narrows them; accessible', async ({
    page,
  }) => {
    await openLedger(page, '/ledger?district=110111');
    const districtCells = loadedRows(page).locator('[role="gridcell"][aria-colindex="5"]');
    const count = await districtCells.count();
    expect(count).toBeGreaterThan(0);
    for (const text of await districtCells.allTextContents()) expect(text).toContain('房山区');

    await page.getByRole('searchbox', { name: '搜索' }).fill('温暖基金会');
    await expect(page).toHaveURL(/q=%E6%B8%A9%E6%9A%96/);
    await expect(loadedRows(page)).not.toHaveCount(count);
    for (const row of await loadedRows(page).all()) await expect(row).toContainText('房山区');

    await loadedRows(page).first().click();
    const details = page.getByRole('complementary');
    await expect(details.locator('blockquote')).toBeVisible();
    await expectNoA11yViolations(page);
  });

  test('at 1366×768 in English, types, districts and sites show whole; titles take two lines', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1366, height: 768 });
    await openLedger(page, '/ledger?lang=en');
    const rows = loadedRows(page);
    await expect(rows.first()).toContainText('Goods delivery');
    // Every loaded row's type and districts whole; no site's name cut at the side ("Fangsh…",
    // "Reconstr…": one word too long for its column). A long list of sites may go past two lines.
    const cut = await rows.evaluateAll((list) =>
      list.flatMap((row) =>
        [1, 4, 5].flatMap((column) => {
          const cell = row.querySelectorAll('[role=gridcell]')[column];
          const clamp = cell?.querySelector('.ledger-clamp');
          if (!clamp) return [];
          const below = column !== 5 && clamp.scrollHeight > clamp.clientHeight + 1;
          return clamp.scrollWidth > clamp.clientWidth || below ? [clamp.textContent] : [];
        }),
      ),
    );
    expect(await rows.count()).toBeGreaterThan(5);
    expect(cut).toEqual([]);
    const title = rows.first().getByRole('gridcell').nth(2).locator('.ledger-clamp');
    const lines = await title.evaluate((el) =>
      Math.round(el.getBoundingClientRect().height / parseFloat(getComputedStyle(el).lineHeight)),
    );
    expect(lines).toBe(2);
  });

  test('sorts by a column and lists funds', async ({ page }) => {
    await openLedger(page, '/ledger?lang=en');
    const header = grid(page).getByRole('columnheader', { name: /Workers served/ });
    await header.getByRole('button').click();
    await expect(header).toHaveAttribute('aria-sort', 'descending');
    await expect(page).toHaveURL(/sort=-workersServed/);
    await expect(loadedRows(page).first()).toContainText('2,800+');

    await page.getByRole('button', { name: 'Fund allocations' }).click();
    await expect(page).toHaveURL(/view=funds/);
    await expect(loadedRows(page).first()).toBeVisible();
    await expect(grid(page)).toContainText('not reported');
    await expectNoA11yViolations(page);
  });

  test('exports the filtered ledger as CSV with a BOM and neutralised cells', async ({ page }) => {
    await openLedger(page, '/ledger');
    await createActivity(page, '=HYPERLINK("http://evil.example","点我")');
    await openLedger(page, '/ledger?district=110111&q=HYPERLINK');
    await expect(loadedRows(page)).toHaveCount(1);
    await expect(loadedRows(page).first()).toContainText(
      '=HYPERLINK("http://evil.example","点我")',
    );

    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: '导出 CSV' }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/\.csv$/);
    const bytes = await readFile((await download.path()) as string);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString('utf8').slice(1);
    const lines = text.trimEnd().split('\r\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toContain('原文 / 说明');
    expect(lines[1]).toContain(`"'=HYPERLINK(""http://evil.example"",""点我"")"`);
    expect(lines[1]).toContain(`'@note`);
    await expect(page.getByText(/已导出 1 条记录/)).toBeVisible();
  });

  test('exports XLSX', async ({ page }) => {
    await openLedger(page, '/ledger?view=funds');
    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: '导出 XLSX' }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
    const bytes = await readFile((await download.path()) as string);
    expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');
  });

  test('moves between rows with the keyboard and opens one', async ({ page }) => {
    await openLedger(page, '/ledger');
    const first = loadedRows(page).first();
    await first.focus();
    await page.keyboard.press('ArrowDown');
    const second = loadedRows(page).nth(1);
    await expect(second).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(second).toHaveAttribute('aria-selected', 'true');
    await expect(page.getByRole('complementary')).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(page.getByRole('complementary')).toHaveCount(0);
    await expect(second).toBeFocused();
  });
});
