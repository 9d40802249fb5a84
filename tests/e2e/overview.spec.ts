import type { Page } from '@playwright/test';
import {
  demoApiAnswersPage,
  expect,
  expectNoA11yViolations,
  generateDemoData,
  test,
} from './support/fixtures';

test.describe('overview', () => {
  test('shows the key figures in Chinese by default, accessibly', async ({ page }) => {
    await page.goto('/');

    const kpis = page.getByRole('region', { name: '关键指标' });
    await expect(kpis).toBeVisible();
    const firstValue = kpis.locator('.kpi__value').first();
    await expect(firstValue).toBeVisible();
    await expect(firstValue).toHaveText(/\d/);

    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
    await expect(page.getByRole('heading', { level: 1 })).toContainText('防汛救灾');

    await expectNoA11yViolations(page);
  });

  test('switches to English with ?lang=en, accessibly', async ({ page }) => {
    await page.goto('/?lang=en');

    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    const kpis = page.getByRole('region', { name: 'Key figures' });
    await expect(kpis).toBeVisible();
    await expect(kpis.locator('.kpi__value').first()).toHaveText(/\d/);

    await expectNoA11yViolations(page);
  });

  // The browser's own date field showed mm/dd/yyyy under the Chinese dashboard (this browser's
  // language is English): the filter's days read year-month-day in both languages.
  test('a day typed in the filter applies on Enter; one that is not a day is kept and named', async ({
    page,
  }) => {
    await page.goto('/');
    const bar = page.getByRole('region', { name: '筛选范围' });
    const from = bar.getByLabel('开始日期');
    await expect(from).toHaveAttribute('placeholder', '年-月-日');
    await expect(page.locator('[data-kpi="activities"] .kpi__value')).toHaveText(/\d/);
    const allActivities = await page.locator('[data-kpi="activities"] .kpi__value').textContent();

    await from.fill('2023/8/20');
    await from.press('Enter');
    await expect(page).toHaveURL(/[?&]from=2023-08-20(&|$)/);
    await expect(from).toHaveValue('2023-08-20');
    await expect(bar.getByTestId('scope-words')).toContainText('2023');
    await expect(page.locator('[data-kpi="activities"] .kpi__value')).not.toHaveText(
      allActivities ?? '',
    );

    await from.fill('8月32日');
    await from.press('Tab');
    await expect(bar.getByRole('alert')).toHaveText(/开始日期无法识别，未应用/);
    await expect(from).toHaveValue('8月32日');
    await expect(page).toHaveURL(/[?&]from=2023-08-20(&|$)/);
    await expectNoA11yViolations(page);

    await bar.getByRole('button', { name: '清除全部筛选' }).click();
    await expect(from).toHaveValue('');
    await expect(bar.getByRole('alert')).toHaveCount(0);
  });
});

test.describe('key figures at scale', () => {
  test.use({ viewport: { width: 1366, height: 768 } });

  // With a billion yuan in scope, "CNY 1,0xx,xxx,xxx" was too wide for its card and broke inside
  // the number; each figure must stay on one line, in both languages.
  for (const lang of ['en', 'zh-CN'] as const) {
    test(`each figure stays on one line at 1366×768 (${lang})`, async ({ page }) => {
      await page.goto('/');
      await generateDemoData(page, { activities: 20000, sites: 1000, seed: 3 });
      await page.goto(`/?lang=${lang}`);
      const funds = page.locator('[data-kpi="funds"]');
      await expect(funds.locator('.kpi__value')).toHaveText(
        lang === 'en' ? /^\d+(\.\d+)?B$/ : /^\d+(\.\d+)?$/,
      );
      await expect(funds.locator('.kpi__figure')).toContainText(lang === 'en' ? 'CNY' : '亿元');
      const values = page.locator('[data-kpi] .kpi__value');
      await expect(values).toHaveCount(5);
      for (const value of await values.all()) {
        const lines = await value.evaluate((el) => el.getClientRects().length);
        expect(lines, await value.innerText()).toBe(1);
        // Inside its card, not spilling over the next one.
        const [box, card] = await Promise.all([
          value.boundingBox(),
          value.locator('xpath=ancestor::*[@data-kpi]').boundingBox(),
        ]);
        expect(box!.x + box!.width).toBeLessThanOrEqual(card!.x + card!.width);
      }
    });
  }
});

test.describe('overview layout', () => {
  // The six charts fill whole rows (at most three a row), and the latest activities take a row
  // of their own, side by side: at 1920×1080 they were one column beside two empty ones.
  for (const [width, height, columns, perRow] of [
    [1366, 768, 2, 3],
    [1920, 1080, 3, 4],
    [3840, 2160, 3, 4],
  ] as const) {
    test(`charts fill whole rows and the latest activities span the page at ${width}×${height}`, async ({
      page,
    }) => {
      await page.setViewportSize({ width, height });
      await page.goto('/?lang=en');
      const cards = page.locator('.charts .chart-card');
      await expect(cards).toHaveCount(6, { timeout: 45_000 });
      const boxes = await cards.evaluateAll((els) =>
        els.map((el) => {
          const r = el.getBoundingClientRect();
          return { top: Math.round(r.top + window.scrollY), left: r.left, right: r.right };
        }),
      );
      const rows = new Map<number, number>();
      for (const box of boxes) rows.set(box.top, (rows.get(box.top) ?? 0) + 1);
      expect([...rows.values()]).toEqual(Array(6 / columns).fill(columns));

      const recent = page.getByRole('region', { name: 'Latest relief activities' });
      const items = recent.locator('.activity');
      await expect(items).toHaveCount(8);
      const panel = (await recent.boundingBox())!;
      expect(panel.x).toBeCloseTo(Math.min(...boxes.map((b) => b.left)), 0);
      expect(panel.x + panel.width).toBeCloseTo(Math.max(...boxes.map((b) => b.right)), 0);
      const itemTops = await items.evaluateAll((els) =>
        els.map((el) => Math.round(el.getBoundingClientRect().top)),
      );
      expect(itemTops.filter((top) => top === itemTops[0])).toHaveLength(perRow);
      await recent.scrollIntoViewIfNeeded();
      await expectNoA11yViolations(page);
    });
  }
});

/** The demo backend worker's script, as the build names it. */
const BACKEND_WORKER_SCRIPT = /\/assets\/backend\.worker-[\w-]+\.js$/;

/**
 * The store opens in the backend's worker (seconds with 100,000 stored records). Holding the
 * worker's script back holds the store shut, and the page in its loading states, until the
 * returned function delivers it.
 */
async function holdBackendWorker(page: Page) {
  let deliver = () => {};
  const held = new Promise<void>((resolve) => (deliver = resolve));
  await page.route(BACKEND_WORKER_SCRIPT, async (route) => {
    await held;
    await route.continue();
  });
  return deliver;
}

test.describe('embedded demo backend', () => {
  test('draws its frame and loading states before the store has opened', async ({ page }) => {
    const deliverWorker = await holdBackendWorker(page);
    await page.goto('/', { waitUntil: 'commit' });
    await expect(page.getByRole('heading', { level: 1 })).toContainText('防汛救灾');
    await expect(page.getByRole('navigation').getByRole('link', { name: '台账' })).toBeVisible();
    await expect(page.locator('.state--loading').first()).toBeVisible();
    await expect(page.locator('[data-kpi] .kpi__value')).toHaveCount(0);

    deliverWorker();
    await expect(page.locator('[data-kpi] .kpi__value')).toHaveCount(5);
    await expect(page.locator('[data-kpi="activities"] .kpi__value')).toHaveText(/\d/);
  });

  // Lighthouse saw the map move down 43 px at 1350×940 when the key figures replaced their
  // loading state (CLS 0.074): the space kept for them was shorter than the figures.
  // In English the cards' notes wrap to more lines: at 1366×768 the map moved down 39 px.
  for (const [width, height, lang] of [
    [1366, 768, 'zh-CN'],
    [1920, 1080, 'zh-CN'],
    [1366, 768, 'en'],
    [1920, 1080, 'en'],
  ] as const) {
    test(`the map stays put when the key figures arrive, at ${width}×${height} (${lang})`, async ({
      page,
    }) => {
      await page.setViewportSize({ width, height });
      const deliverWorker = await holdBackendWorker(page);
      await page.goto(`/?lang=${lang}`, { waitUntil: 'commit' });
      const strip = page.getByTestId('kpi-strip');
      await expect(strip.locator('.state--loading')).toBeVisible();
      const grid = page.locator('.overview-grid');
      const before = (await grid.boundingBox())!.y;

      deliverWorker();
      await expect(strip.locator('[data-kpi] .kpi__value')).toHaveCount(5);
      await expect(strip.locator('[data-kpi="activities"] .kpi__value')).toHaveText(/\d/);
      expect(Math.abs((await grid.boundingBox())!.y - before)).toBeLessThanOrEqual(1);
    });
  }

  test.describe('when the backend cannot start', () => {
    test.use({ allowedConsoleErrors: [/Failed to load resource/] });

    test('says so in both languages instead of the dashboard', async ({ page }) => {
      await page.route(BACKEND_WORKER_SCRIPT, (route) => route.abort());
      await page.goto('/');
      const alert = page.getByRole('alert');
      await expect(alert).toContainText('无法启动内置演示数据');
      await expect(alert).toContainText('The embedded demo backend could not start');
      await expect(page.locator('[data-kpi]')).toHaveCount(0);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(
        '无法启动内置演示数据 / The embedded demo backend could not start',
      );
    });
  });

  test('draws the first screen without waiting for MSW, which loads after it', async ({ page }) => {
    await page.goto('/');
    await demoApiAnswersPage(page);
    const timing = await page.evaluate(() => {
      const draw = performance.getEntriesByName('map:draw').at(-1);
      return {
        mapDrawnAt: draw ? draw.startTime + draw.duration : null,
        mswRequestedAt: performance
          .getEntriesByType('resource')
          .filter((entry) => /\/assets\/demo-msw-/.test(entry.name))
          .map((entry) => entry.startTime),
      };
    });
    // The map's sites are the first screen's last step.
    expect(timing.mapDrawnAt).not.toBeNull();
    expect(timing.mswRequestedAt).toHaveLength(1);
    expect(timing.mswRequestedAt[0]).toBeGreaterThan(timing.mapDrawnAt!);
  });

  test('keeps what staff add across a reload, and "reset demo data" restores the seed', async ({
    page,
  }) => {
    await page.goto('/');
    const activities = page.locator('[data-kpi="activities"] .kpi__value');
    await expect(activities).toHaveText(/\d/);
    const before = Number((await activities.innerText()).replace(/\D/g, ''));

    await demoApiAnswersPage(page);
    const status = await page.evaluate(async () => {
      const response = await fetch('/api/v1/activities', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'Idempotency-Key': 'e2e-persist-1' },
        body: JSON.stringify({
          date: '2023-08-09',
          type: 'condolence_visit',
          title: { zh: '怀柔区慰问（测试）', en: '' },
          organizationId: 'org-huairou-ftu',
          districtCodes: ['110116'],
          provenance: { kind: 'entered', note: '' },
        }),
      });
      return response.status;
    });
    expect(status).toBe(201);

    await page.reload();
    await expect(activities).toHaveText(String(before + 1));

    page.once('dialog', (dialog) => void dialog.accept());
    await page.getByRole('button', { name: '恢复演示数据' }).click();
    await expect(page.getByText('已恢复演示数据')).toBeVisible();
    await expect(activities).toHaveText(String(before));
  });
});
