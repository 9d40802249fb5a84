import { expect, expectNoA11yViolations, test } from './support/fixtures';
import { clickDistrict } from './support/map';

// The first load starts the embedded backend and draws everything: allow a loaded 2-core machine.
test.describe.configure({ timeout: 180_000 });
const FIRST = { timeout: 45_000 };

test.describe('relief map', () => {
  test('draws the 16 districts, marks visited ones, and passes axe', async ({ page }) => {
    const response = await page.goto('/');
    // The default build is offline: no base-layer setting, and a CSP that lets no tiles in.
    const csp = response!.headers()['content-security-policy'] ?? '';
    expect(csp).toContain("img-src 'self' data: blob:;");
    expect(csp).not.toMatch(/openstreetmap|autonavi/);
    const map = page.getByRole('region', { name: '救灾帮扶分布图' });
    const shapes = map.locator('path[data-district][data-state]');
    await expect(shapes).toHaveCount(16, FIRST);
    // Real geometry in Chromium: every shape has an extent on screen.
    for (const box of await shapes.evaluateAll((els) =>
      els.map((el) => {
        const { width, height } = (el as SVGGraphicsElement).getBBox();
        return { width, height };
      }),
    )) {
      expect(box.width).toBeGreaterThan(2);
      expect(box.height).toBeGreaterThan(2);
    }
    for (const code of ['110111', '110114', '110116']) {
      await expect(map.locator(`path[data-district="${code}"]`)).toHaveClass(
        /relief-map__district--visited/,
      );
    }
    await expect(map.locator('path[data-state="no-relief"]').first()).toHaveAttribute(
      'fill',
      /url\(#/,
    );
    await expect(
      map.getByText('边界数据：Apache ECharts 4.9.0 Beijing map (Apache-2.0)', { exact: true }),
    ).toBeVisible();
    await expect(map.getByRole('combobox')).toHaveCount(1); // the measure; no base-layer setting
    await expect(map.locator('.leaflet-tile')).toHaveCount(0);
    // The whole of Beijing is in view: every shape lies inside the map's box.
    const frame = (await map.locator('.leaflet-container').boundingBox())!;
    for (const code of ['110119', '110111', '110117', '110118', '110115']) {
      const b = (await map.locator(`path[data-district="${code}"]`).boundingBox())!;
      expect(b.x).toBeGreaterThanOrEqual(frame.x - 1);
      expect(b.y).toBeGreaterThanOrEqual(frame.y - 1);
      expect(b.x + b.width).toBeLessThanOrEqual(frame.x + frame.width + 1);
      expect(b.y + b.height).toBeLessThanOrEqual(frame.y + frame.height + 1);
    }
    await expectNoA11yViolations(page);
    const measures = await page.evaluate(() =>
      performance.getEntriesByName('map:draw').map((e) => e.duration),
    );
    expect(measures).toHaveLength(1);
  });

  test('no site cluster covers a district name, at a meeting-room screen size', async ({
    page,
  }) => {
    // At 1920×1080 the seed's clusters in Haidian and Mentougou sit on those districts' names.
    await page.setViewportSize({ width: 1920, height: 1080 });
    await page.goto('/');
    const map = page.getByRole('region', { name: '救灾帮扶分布图' });
    await expect(map.locator('.relief-map__cluster').first()).toBeVisible(FIRST);
    await expect(map.locator('[data-label="110108"]')).toBeVisible();
    // Runs in the page (Playwright sends its source there).
    const boxes = (els: Element[]) =>
      els.map((el) => {
        const { left, top, right, bottom } = el.getBoundingClientRect();
        return { name: el.textContent, left, top, right, bottom };
      });
    const names = await map
      .locator('.relief-map__label-text:not(.relief-map__label-text--hidden)')
      .evaluateAll(boxes);
    const clusters = await map.locator('.relief-map__cluster').evaluateAll(boxes);
    expect(names.length).toBeGreaterThan(10);
    expect(clusters.length).toBeGreaterThan(3);
    const covered = names.filter((n) =>
      clusters.some(
        (c) =>
          n.left < c.right - 1 &&
          c.left < n.right - 1 &&
          n.top < c.bottom - 1 &&
          c.top < n.bottom - 1,
      ),
    );
    expect(covered.map((n) => n.name)).toEqual([]);
  });

  test('the district chart shows its date labels whole, the last one at the right edge too', async ({
    page,
  }) => {
    // English dates are wide, and on this screen the last label falls under the last bar.
    await page.setViewportSize({ width: 1920, height: 1080 });
    await page.goto('/?district=110111&lang=en');
    const panel = page.getByRole('region', { name: 'Fangshan in detail' });
    const chart = panel.getByRole('img', { name: /Fangshan/ });
    await chart.scrollIntoViewIfNeeded(FIRST);
    await expect(chart.locator('.recharts-bar-rectangle path').first()).toBeVisible(FIRST);
    const overflow = await chart.locator('svg.recharts-surface').evaluate((svg) => {
      const box = svg.getBoundingClientRect();
      const labels = svg.querySelectorAll('.recharts-xAxis-tick-labels text');
      return Array.from(labels, (text) => {
        const r = text.getBoundingClientRect();
        return Math.max(box.left - r.left, r.right - box.right);
      });
    });
    expect(overflow.length).toBeGreaterThan(2);
    expect(Math.max(...overflow)).toBeLessThanOrEqual(0.5);
  });

  test('clicking Fangshan selects it, filters the page, round-trips the URL; Escape clears', async ({
    page,
  }) => {
    await page.goto('/');
    const map = page.getByRole('region', { name: '救灾帮扶分布图' });
    const kpiActivities = page.locator('[data-kpi="activities"] .kpi__value');
    await expect(kpiActivities).toHaveText(/\d/, FIRST);
    await expect(map.locator('path[data-state]')).toHaveCount(16, FIRST);
    const allActivities = Number((await kpiActivities.textContent())!.replace(/\D/g, ''));

    await clickDistrict(page, '110111');
    await expect(page).toHaveURL(/district=110111/);
    const panel = page.getByRole('region', { name: '房山区详情' });
    await expect(panel).toBeVisible();
    await expect(panel.getByText(/窦店镇苏村/)).toBeVisible();
    // The panel's chart is drawn once it nears the screen, at its full height.
    const overTime = panel.getByRole('img', { name: /房山区.*按日/ });
    await overTime.scrollIntoViewIfNeeded();
    // A bar of a day with activities (empty days keep their place on the time axis, undrawn).
    const drawnBar = overTime.locator('.recharts-bar-rectangle path').first();
    await expect(drawnBar).toBeVisible();
    expect((await overTime.locator('svg.recharts-surface').boundingBox())!.height).toBeGreaterThan(
      100,
    );
    // A bar's tooltip names its day and its activities, and lists no empty parts.
    await drawnBar.hover();
    const tip = overTime.locator('.chart-tooltip');
    await expect(tip).toBeVisible();
    await expect(tip.locator('.chart-tooltip__name')).toHaveText(/^2023年\d+月\d+日/);
    await expect(tip).toContainText(/[1-9]\d* 项活动/);
    await expect(tip).not.toContainText(/(^|\D)0 项/);
    await expect(kpiActivities).not.toHaveText(String(allActivities));
    const fangshanActivities = Number((await kpiActivities.textContent())!.replace(/\D/g, ''));
    expect(fangshanActivities).toBeLessThan(allActivities);

    // A link reopens the same view.
    await page.reload();
    await expect(page.getByRole('region', { name: '房山区详情' })).toBeVisible(FIRST);
    await expectNoA11yViolations(page);

    await map.locator('.leaflet-container').focus();
    await page.keyboard.press('Escape');
    await expect(page).not.toHaveURL(/district=/);
    await expect(page.getByRole('region', { name: '房山区详情' })).toHaveCount(0);
  });

  test('keyboard: Tab to a district in the list, Enter selects it; measure goes in the URL', async ({
    page,
  }) => {
    await page.goto('/?lang=en');
    const map = page.getByRole('region', { name: 'Where relief went' });
    const changping = map.getByRole('button', { name: /^Select Changping/ });
    await expect(changping).toBeVisible(FIRST);
    await changping.focus();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/district=110114/);
    await expect(page.getByRole('region', { name: 'Changping in detail' })).toBeVisible();

    await map.getByRole('combobox', { name: 'Measure' }).selectOption('funds');
    await expect(page).toHaveURL(/measure=funds/);
    await expect(page).toHaveURL(/district=110114/);
    await expect(map.getByTestId('map-legend')).toContainText('Funds allocated');
    const changes = await page.evaluate(
      () => performance.getEntriesByName('map:measure-change').length,
    );
    expect(changes).toBeGreaterThan(0);

    await page.keyboard.press('Escape');
    await expect(page).not.toHaveURL(/district=/);
  });

  test('a site marker opens a text popup that says how precise the point is', async ({ page }) => {
    await page.goto('/?district=110116');
    const panel = page.getByRole('region', { name: '怀柔区详情' });
    await expect(panel.getByRole('button', { name: /九渡河镇/ })).toBeVisible(FIRST);
    await panel.getByRole('button', { name: /九渡河镇/ }).click();
    const popup = page.getByTestId('site-popup');
    await expect(popup).toBeVisible();
    await expect(popup).toContainText('九渡河镇');
    await expect(popup).toContainText('位置为近似');
    // What happened there arrives when the popup opens; the map pans so all of it shows.
    await expect(popup).toContainText('怀柔区总工会');
    await expect(popup).toContainText('走访慰问');
    const mapBox = await page.locator('.leaflet-container').boundingBox();
    await expect(async () => {
      const box = await popup.boundingBox();
      expect(
        box && mapBox && box.y >= mapBox.y && box.y + box.height <= mapBox.y + mapBox.height,
      ).toBe(true);
    }).toPass();
  });

  // The sites are drawn on a canvas, which Leaflet stacks under the districts' SVG in a shared
  // pane: the markers were tinted by the district's fill and a click on one chose its district.
  test('a site marker is drawn above its district, and clicking it opens its popup', async ({
    page,
  }) => {
    await page.goto('/?district=110116');
    const panel = page.getByRole('region', { name: '怀柔区详情' });
    await panel.getByRole('button', { name: /九渡河镇/ }).click(FIRST);
    const popup = page.getByTestId('site-popup');
    await expect(popup).toContainText('九渡河镇');
    // Where the marker is: the popup is placed at the site's point (its pane's translation).
    const sitePoint = () =>
      popup.evaluate((el) => {
        const container = el.closest('.leaflet-popup')!;
        const pane = container.parentElement!.getBoundingClientRect();
        const shift = new DOMMatrixReadOnly(getComputedStyle(container).transform);
        return { x: pane.left + shift.m41, y: pane.top + shift.m42 };
      });
    // Read once the map has stopped moving: it pans to show the popup, and a point read during
    // that pan was 12 px off by the time of the click (a CI failure).
    let point = await sitePoint();
    await expect
      .poll(
        async () => {
          const next = await sitePoint();
          const still = Math.abs(next.x - point.x) < 0.5 && Math.abs(next.y - point.y) < 0.5;
          point = next;
          return still;
        },
        { intervals: [150] },
      )
      .toBe(true);
    await page.keyboard.press('Escape');
    await expect(popup).toHaveCount(0);

    // The marker's white halo shows: under the district's fill it was tinted blue.
    const shot = await page.screenshot({
      clip: { x: point.x - 12, y: point.y - 12, width: 24, height: 24 },
    });
    const white = await page.evaluate(async (png) => {
      const img = new Image();
      img.src = `data:image/png;base64,${png}`;
      await img.decode();
      const canvas = document.createElement('canvas');
      canvas.width = img.width;
      canvas.height = img.height;
      const ctx = canvas.getContext('2d')!;
      ctx.drawImage(img, 0, 0);
      const { data } = ctx.getImageData(0, 0, img.width, img.height);
      let count = 0;
      for (let i = 0; i < data.length; i += 4)
        if (data[i]! > 235 && data[i + 1]! > 235 && data[i + 2]! > 235) count++;
      return count;
    }, shot.toString('base64'));
    expect(white).toBeGreaterThan(10);

    await page.mouse.click(point.x, point.y);
    await expect(popup).toContainText('九渡河镇');
    await expect(popup).toContainText('位置为近似');
    await expect(page).toHaveURL(/district=110116/);
    await page.keyboard.press('Escape');

    // Districts still take the clicks that land on no site, through the sites' pane: any
    // neighbour of Huairou in view (the list's click zoomed in on the site).
    const other = await clickDistrict(page, '110108', '110114', '110118', '110119', '110113');
    await expect(page).toHaveURL(new RegExp(`district=${other}`));
    await expect(popup).toHaveCount(0);
  });
});

test('choosing another district fetches nothing but the API once the page has loaded', async ({
  page,
}) => {
  await page.goto('/?lang=en');
  const map = page.getByRole('region', { name: 'Where relief went' });
  // The first choice loads the district panel's code.
  await map.getByRole('button', { name: /^Select Changping/ }).click(FIRST);
  await expect(page.getByRole('region', { name: 'Changping in detail' })).toBeVisible();

  const fetched: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (!url.pathname.startsWith('/api/')) fetched.push(url.pathname);
  });
  await map.getByRole('button', { name: /^Select Fangshan/ }).click();
  await expect(page).toHaveURL(/district=110111/);
  await expect(page.getByRole('region', { name: 'Fangshan in detail' })).toBeVisible();
  // Chromium requests a page's icon again on every change of its URL, a file that cost 2–5 ms
  // of main thread per filter change; the icon is inline, and nothing else is fetched either.
  expect(fetched).toEqual([]);
});
