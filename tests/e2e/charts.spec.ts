import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { demoApiAnswersPage, expect, expectNoA11yViolations, test } from './support/fixtures';
import { lowestAxisTextContrast } from './support/contrast';

const FUNDS_BY_DISTRICT = '资金去向（按受援区）';
const FUNDS_BY_SOURCE = '资金来源（按拨付单位）';

/** The first paint waits for the embedded backend (a service worker); a busy CI box is slow. */
const FIRST_LOAD = { timeout: 60_000 };

const chart = (page: Page, name: string) => page.getByRole('region', { name, exact: true });
/** Charts are drawn when they near the screen: scroll to one as a reader would. */
const reveal = (page: Page, name: string) => chart(page, name).scrollIntoViewIfNeeded(FIRST_LOAD);
const yTicks = (page: Page, name: string) =>
  chart(page, name).locator('.recharts-yAxis-tick-labels text');

test.describe('charts', () => {
  test.slow();

  test('a district filter changes the charts and the URL; the overview stays accessible', async ({
    page,
  }) => {
    await page.goto('/');
    await reveal(page, FUNDS_BY_DISTRICT);
    await expect(yTicks(page, FUNDS_BY_DISTRICT).first()).toBeVisible(FIRST_LOAD);
    expect(await yTicks(page, FUNDS_BY_DISTRICT).count()).toBeGreaterThan(3);
    await expect(chart(page, FUNDS_BY_DISTRICT).locator('path.chart-bar').first()).toBeVisible();

    const filters = page.getByRole('region', { name: '筛选范围' });
    await filters.locator('[data-filter="district"] summary').click();
    await filters.getByRole('checkbox', { name: '房山区' }).check();

    await expect(page).toHaveURL(/[?&]district=110111(&|$)/);
    await reveal(page, FUNDS_BY_DISTRICT);
    await expect(yTicks(page, FUNDS_BY_DISTRICT)).toHaveText(['房山区']);
    // This chart was off screen during the change: it shows the new scope once scrolled to.
    await reveal(page, '各区服务职工人数');
    await expect(yTicks(page, '各区服务职工人数')).toHaveText(['房山区']);
    await expect(filters.getByTestId('scope-words')).toHaveText('房山区');

    await page.keyboard.press('Escape');
    await expectNoA11yViolations(page);
  });

  test('a bar opens the ledger filtered to the records behind it', async ({ page }) => {
    await page.goto('/?facts=0&lang=zh-CN');
    await reveal(page, FUNDS_BY_DISTRICT);
    const bars = chart(page, FUNDS_BY_DISTRICT).locator('path.chart-bar');
    await expect(yTicks(page, FUNDS_BY_DISTRICT).first()).toHaveText('房山区', FIRST_LOAD);
    // The largest bar (drawn first) is Fangshan's.
    await bars.first().click();
    await expect(page).toHaveURL(/\/ledger\?/);
    const url = new URL(page.url());
    expect(url.searchParams.get('view')).toBe('funds');
    expect(url.searchParams.getAll('district')).toEqual(['110111']);
    expect(url.searchParams.get('lang')).toBe('zh-CN');

    const grid = page.getByRole('grid');
    await expect(grid).toBeVisible(FIRST_LOAD);
    const rows = grid.getByRole('rowgroup').nth(1).getByRole('row');
    await expect(rows.first()).toBeVisible(FIRST_LOAD);
    const count = await rows.count();
    for (let i = 0; i < count; i += 1) await expect(rows.nth(i)).toContainText('房山区');
  });

  test('the data table is reachable by keyboard and its links open the ledger', async ({
    page,
  }) => {
    await page.goto('/?lang=en');
    const region = chart(page, 'Relief activities by type');
    await reveal(page, 'Relief activities by type');
    await expect(region.locator('path.chart-bar').first()).toBeVisible(FIRST_LOAD);
    const toggle = region.getByRole('button', { name: 'Show as table' });
    await toggle.focus();
    await page.keyboard.press('Enter');
    const table = region.getByRole('table');
    await expect(table).toBeVisible();
    await expect(region.getByRole('button', { name: 'Show as chart' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    const link = table.getByRole('link', { name: 'Open the ledger: Training' });
    await link.focus();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/ledger\?.*type=training/);
    expect(new URL(page.url()).searchParams.get('view')).toBe('activities');
  });

  test('a chart exports its data as CSV with a BOM and escaped cells, and as PNG', async ({
    page,
  }) => {
    await page.goto('/');
    await reveal(page, FUNDS_BY_SOURCE);
    await expect(chart(page, FUNDS_BY_SOURCE).locator('path.chart-bar').first()).toBeVisible(
      FIRST_LOAD,
    );
    // A source organization with a hostile name, entered through the API.
    const hostile = '=HYPERLINK("http://x","y"), <img src=x onerror=alert(1)>';
    await demoApiAnswersPage(page);
    await page.evaluate(async (name) => {
      const post = async (path: string, body: unknown) => {
        const r = await fetch(`/api/v1${path}`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify(body),
        });
        if (!r.ok) throw new Error(`${path}: ${r.status} ${await r.text()}`);
        return (await r.json()) as { id: string };
      };
      const org = await post('/organizations', {
        name: { zh: name, en: '' },
        kind: 'foundation',
        provenance: { kind: 'entered', note: '' },
      });
      await post('/funds', {
        date: '2023-08-09',
        sourceOrganizationId: org.id,
        recipientDistrictCode: '110111',
        amount: { yuan: 123_456, basis: 'entered' },
        purpose: { zh: '测试', en: 'Test' },
        provenance: { kind: 'entered', note: '' },
      });
    }, hostile);
    await page.reload();
    await reveal(page, FUNDS_BY_SOURCE);
    const region = chart(page, FUNDS_BY_SOURCE);
    await expect(region.locator('path.chart-bar--entered').first()).toBeVisible(FIRST_LOAD);
    // The hostile name is text in the axis, never markup.
    await expect(page.locator('img')).toHaveCount(0);

    const [csv] = await Promise.all([
      page.waitForEvent('download'),
      region.getByRole('button', { name: '导出数据（CSV）' }).click(),
    ]);
    expect(csv.suggestedFilename()).toMatch(/^资金来源-.*\.csv$/);
    const bytes = await readFile((await csv.path())!);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString('utf8').slice(1);
    const lines = text.split('\r\n');
    expect(lines[0]).toBe('名称,合计,其中报道,其中录入,其中示意,拨付笔数');
    expect(lines).toContain(
      `"'=HYPERLINK(""http://x"",""y""), <img src=x onerror=alert(1)>",123456,0,123456,0,1`,
    );

    const [png] = await Promise.all([
      page.waitForEvent('download'),
      region.getByRole('button', { name: '导出图片' }).click(),
    ]);
    expect(png.suggestedFilename()).toMatch(/\.png$/);
    const image = await readFile((await png.path())!);
    expect([...image.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(image.length).toBeGreaterThan(5_000);
  });

  test('axis labels read at 4.5:1 or more in the light and the dark theme', async ({ page }) => {
    await page.goto('/?district=110111');
    const panelChart = page.getByTestId('district-panel').locator('.relief-map__chart');
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      await reveal(page, FUNDS_BY_SOURCE);
      await expect(yTicks(page, FUNDS_BY_SOURCE).first()).toBeVisible(FIRST_LOAD);
      expect(await lowestAxisTextContrast(chart(page, FUNDS_BY_SOURCE))).toBeGreaterThanOrEqual(
        4.5,
      );
      await panelChart.scrollIntoViewIfNeeded();
      await expect(panelChart.locator('.recharts-yAxis-tick-labels text').first()).toBeVisible();
      expect(await lowestAxisTextContrast(panelChart)).toBeGreaterThanOrEqual(4.5);
    }
  });

  test('long English names get two lines on the axis, inside the chart, not cut at 15 letters', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.goto('/?lang=en');
    const name = 'Where the money came from (by source)';
    await reveal(page, name);
    const ticks = yTicks(page, name);
    await expect(ticks.first()).toBeVisible(FIRST_LOAD);
    // The largest source, whole on two lines (it was "Beijing Federa…").
    const first = ticks.first().locator('tspan');
    await expect(first).toHaveText(['Beijing Federation', 'of Trade Unions']);
    // A name too long for two lines ends with an ellipsis; none is drawn outside the chart.
    await expect(ticks.filter({ hasText: /^Fangshan District/ }).locator('tspan')).toHaveText([
      'Fangshan District',
      /…$/,
    ]);
    const surface = (await chart(page, name).locator('.recharts-surface').boundingBox())!;
    for (const box of await ticks.evaluateAll((els) =>
      els.map((el) => el.getBoundingClientRect().toJSON() as DOMRect),
    )) {
      expect(box.left).toBeGreaterThanOrEqual(surface.x);
    }
    // The lines of one name do not run into the next name's.
    const boxes = await ticks.evaluateAll((els) =>
      els.map((el) => el.getBoundingClientRect().toJSON() as DOMRect),
    );
    for (let i = 1; i < boxes.length; i++) {
      expect(boxes[i]!.top).toBeGreaterThanOrEqual(boxes[i - 1]!.bottom - 1);
    }
  });

  test('an empty scope says so instead of drawing empty axes', async ({ page }) => {
    await page.goto('/?from=2030-01-01&to=2030-01-31');
    const region = chart(page, '各区服务职工人数');
    await expect(region.locator('.chart-card__empty')).toHaveText('当前范围内没有数据', FIRST_LOAD);
    await expect(region.locator('.recharts-surface')).toHaveCount(0);
  });
});

test('the drinking-water bar opens the ledger with only the activities that delivered water', async ({
  page,
}) => {
  test.slow();
  await page.goto('/?lang=zh-CN');
  const region = chart(page, '物资配送（按种类）');
  await reveal(page, '物资配送（按种类）');
  const tick = region.locator('.recharts-yAxis-tick-labels text', { hasText: '饮用水' });
  await expect(tick).toBeVisible(FIRST_LOAD);
  // The bar drawn on the same line as the "饮用水" label.
  const tickBox = await tick.boundingBox();
  const bars = region.locator('path.chart-bar');
  let target = -1;
  for (let i = 0; i < (await bars.count()); i += 1) {
    const b = await bars.nth(i).boundingBox();
    if (b && tickBox && Math.abs(b.y + b.height / 2 - (tickBox.y + tickBox.height / 2)) < 6) {
      target = i;
      break;
    }
  }
  expect(target).toBeGreaterThanOrEqual(0);
  await bars.nth(target).click();

  await expect(page).toHaveURL(/\/ledger\?/);
  const url = new URL(page.url());
  expect(url.searchParams.getAll('goods')).toEqual(['water']);
  expect(url.searchParams.get('view')).toBe('activities');
  await expect(page.getByRole('list', { name: '按物资种类筛选' })).toContainText('物资：饮用水');

  await demoApiAnswersPage(page);
  const expected = await page.evaluate(async () => {
    const r = await fetch('/api/v1/activities?goodsKind=water&limit=1');
    return ((await r.json()) as { total: number }).total;
  });
  expect(expected).toBeGreaterThan(0);
  const rows = page.getByRole('grid').getByRole('rowgroup').nth(1).getByRole('row');
  await expect(rows.first()).toContainText('饮用水', FIRST_LOAD);
  await expect(page.getByText(`共 ${expected} 条`)).toBeVisible();
  const count = await rows.count();
  for (let i = 0; i < count; i += 1) await expect(rows.nth(i)).toContainText('饮用水');
  await expectNoA11yViolations(page);

  // Removing the chip shows the other activities again.
  await page.getByRole('button', { name: '取消物资筛选：饮用水' }).click();
  await expect(page).not.toHaveURL(/goods=/);
  await expect(page.getByRole('list', { name: '按物资种类筛选' })).toHaveCount(0);
});
