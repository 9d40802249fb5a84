import type { Page } from '@playwright/test';
import { expect, expectNoA11yViolations, generateDemoData, test } from './support/fixtures';
import { lowestAxisTextContrast } from './support/contrast';

test.use({ viewport: { width: 1920, height: 1080 } });

async function expectNoScrollbars(page: Page) {
  const overflow = await page.evaluate(() => ({
    x: document.documentElement.scrollWidth - window.innerWidth,
    y: document.documentElement.scrollHeight - window.innerHeight,
  }));
  expect(overflow.x).toBeLessThanOrEqual(0);
  expect(overflow.y).toBeLessThanOrEqual(0);
}

test.describe('presentation mode', () => {
  test('rotates scenes by itself and answers keys and clickers, without scrollbars', async ({
    page,
  }) => {
    await page.goto('/present?interval=5');
    const title = page.locator('#present-scene-title');
    await expect(title).toHaveText('救灾地图与关键指标');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await expect(page.getByTestId('as-of')).toHaveText(/数据截至 \d{2}:\d{2}/);
    await expectNoScrollbars(page);
    await expectNoA11yViolations(page);

    // The interval is 5 s: the next scene comes without a touch.
    await expect(title).not.toHaveText('救灾地图与关键指标', { timeout: 8000 });
    const auto = await title.innerText();

    await page.keyboard.press('Space');
    await expect(page.getByText(/已暂停/)).toBeVisible();
    await page.keyboard.press('ArrowRight');
    await expect(title).not.toHaveText(auto);
    const afterNext = await title.innerText();
    await page.keyboard.press('PageUp');
    await expect(title).toHaveText(auto);
    await page.keyboard.press('PageDown');
    await expect(title).toHaveText(afterNext);
    await expectNoScrollbars(page);
    await expectNoA11yViolations(page);
  });

  test('reads from across the room in English at 3840×2160', async ({ page }) => {
    await page.setViewportSize({ width: 3840, height: 2160 });
    await page.goto('/present?lang=en&paused=1');
    await expect(page.locator('#present-scene-title')).toHaveText('Relief map and key figures');
    await expect(page.locator('[data-kpi="funds"] .present-kpi__value')).toHaveText(/\d/);
    const valueSize = await page
      .locator('[data-kpi="funds"] .present-kpi__value')
      .evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    // Headline figures at least 3.5% of the screen height: legible from the back of a room.
    expect(valueSize).toBeGreaterThan(2160 * 0.035);
    await expectNoScrollbars(page);
    await expectNoA11yViolations(page);
  });
});

test.describe('presentation charts', () => {
  test('axis labels read at 4.5:1 or more on the dark presentation theme', async ({ page }) => {
    await page.goto('/present?paused=1');
    await expect(page.locator('#present-scene-title')).toHaveText('救灾地图与关键指标');
    await page.keyboard.press('ArrowRight');
    await expect(page.locator('#present-scene-title')).toHaveText('资金来自哪里、去了哪里');
    const scene = page.locator('.present__scene');
    await expect(scene.locator('.recharts-yAxis-tick-labels text').first()).toBeVisible();
    expect(await lowestAxisTextContrast(scene)).toBeGreaterThanOrEqual(4.5);
  });
});

test.describe('presentation mode with a failing API', () => {
  // The browser logs the injected 500s; they are the point of this test.
  test.use({ allowedConsoleErrors: [/status of 500 \(Internal Server Error\)/] });

  test('keeps the last data with a stale notice when the API fails, and recovers by itself', async ({
    page,
  }) => {
    await page.goto('/present?refresh=5&paused=1');
    const workers = page.locator('[data-kpi="workers"] .present-kpi__value');
    await expect(workers).toHaveText(/\d/);
    const shown = await workers.innerText();

    await page.evaluate(() => {
      (globalThis as { __reliefFaults?: Record<string, string> }).__reliefFaults = {
        '/api/v1': 'error500',
      };
    });
    await expect(page.getByText(/刷新失败，显示的是/)).toBeVisible({ timeout: 20_000 });
    await expect(workers).toHaveText(shown);

    await page.evaluate(() => {
      delete (globalThis as { __reliefFaults?: unknown }).__reliefFaults;
    });
    await expect(page.getByText(/刷新失败/)).toBeHidden({ timeout: 20_000 });
    await expect(workers).toHaveText(shown);
  });
});

/** The scene body neither scrolls nor clips: what it holds is all in its box. */
async function expectSceneFits(page: Page, scene: number) {
  const body = page.locator('.present__scene-body');
  const fit = await body.evaluate((el) => ({
    y: el.scrollHeight - el.clientHeight,
    x: el.scrollWidth - el.clientWidth,
  }));
  expect(fit, `scene ${scene}`).toEqual({ x: 0, y: 0 });
  await expectNoScrollbars(page);
}

test.describe('presentation scenes fit the wall', () => {
  for (const [width, height, lang] of [
    [1366, 768, 'zh-CN'],
    [1920, 1080, 'zh-CN'],
    [1920, 1080, 'en'],
    [3840, 2160, 'zh-CN'],
    [3840, 2160, 'en'],
  ] as const) {
    test(`every scene fits ${width}×${height} in ${lang} without scrolling or clipping`, async ({
      page,
    }) => {
      await page.setViewportSize({ width, height });
      await page.goto(`/present?paused=1&lang=${lang}`);
      await expect(page.locator('.present-kpi__value').first()).toHaveText(/\d/);
      for (let scene = 1; scene <= 4; scene += 1) {
        await expect(page.locator('.present__position')).toContainText(String(scene));
        await expect(page.locator('.present__scene-body .state--loading')).toHaveCount(0);
        await expectSceneFits(page, scene);
        await page.keyboard.press('ArrowRight');
      }
    });
  }

  // The report's records reach 10 districts; relief that reaches all 16 gives the district charts
  // 16 bars, which must fit the scene too (they ran their axis and legend under the controls).
  for (const [width, height] of [
    [1366, 768],
    [1920, 1080],
    [3840, 2160],
  ] as const) {
    test(`bar charts of all 16 districts fit ${width}×${height}, axis and legend in view`, async ({
      page,
    }) => {
      await page.goto('/');
      await generateDemoData(page, { activities: 3000, sites: 300, seed: 7 });

      await page.setViewportSize({ width, height });
      await page.goto('/present?paused=1');
      const title = page.locator('#present-scene-title');
      await expect(title).toHaveText('救灾地图与关键指标');
      for (const [index, scene] of ['资金来自哪里、去了哪里', '各区服务职工人数'].entries()) {
        await page.keyboard.press('ArrowRight');
        await expect(title).toHaveText(scene);
        const districtChart = page.locator(
          scene === '各区服务职工人数'
            ? '[data-chart="workersByDistrict"]'
            : '[data-chart="fundsByDistrict"]',
        );
        await expect(districtChart.locator('.recharts-yAxis-tick-labels text')).toHaveCount(16);
        await expectSceneFits(page, index + 2);
        // Inside the scene's box, not merely inside the page: its last bar's label, the value
        // axis's title and the legend below the chart.
        const sceneBottom = await page
          .locator('.present__scene-body')
          .evaluate((el) => el.getBoundingClientRect().bottom);
        for (const part of [
          districtChart.locator('.recharts-yAxis-tick-labels text').last(),
          districtChart.locator('.recharts-label'),
          districtChart.locator('.chart-legend'),
        ]) {
          const box = await part.boundingBox();
          expect(box, scene).not.toBeNull();
          expect(box!.y + box!.height, scene).toBeLessThanOrEqual(sceneBottom);
        }
        // Thinner bars, still readable: each label keeps its own row.
        const rows = await districtChart
          .locator('.recharts-yAxis-tick-labels text')
          .evaluateAll((texts) => texts.map((t) => t.getBoundingClientRect()));
        for (let i = 1; i < rows.length; i += 1)
          expect(rows[i]!.top, scene).toBeGreaterThanOrEqual(rows[i - 1]!.bottom);
      }
      await expectNoA11yViolations(page);
    });
  }
});
