/**
 * Online base layers, against a production build made with VITE_ONLINE_TILES=osm,amap (project
 * "tiles" in playwright.config.ts builds it into dist-tiles/ and serves it with a CSP that allows
 * those tile origins). No tile request leaves the machine: the tile hosts are answered here, by a
 * route on the browser context (the embedded backend's service worker passes tile requests on, and
 * only a context route sees those), and any other external request still fails the test.
 */
import type { BrowserContext, Page } from '@playwright/test';
import { expect, expectNoA11yViolations, test } from './support/fixtures';
import { clickDistrict } from './support/map';

test.describe.configure({ timeout: 180_000 });
const FIRST = { timeout: 45_000 };

const TILE_HOST = /^(tile\.openstreetmap\.org|webrd0[1-4]\.is\.autonavi\.com)$/;
test.use({ interceptedHosts: [TILE_HOST] });

/** An 8×8 light-green PNG: a stand-in tile. */
const TILE_PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAgAAAAICAIAAABLbSncAAAAEUlEQVR4nGO48ewCVsQwtCQA5HmjgfXvsFEAAAAASUVORK5CYII=',
  'base64',
);

/** Answer every tile request in the browser: a PNG, or a failure. Returns the URLs asked for. */
async function serveTiles(context: BrowserContext, mode: 'png' | 'fail'): Promise<string[]> {
  const asked: string[] = [];
  await context.route(
    (url) => url.protocol === 'https:' && TILE_HOST.test(url.hostname),
    async (route) => {
      asked.push(route.request().url());
      if (mode === 'png') {
        await route.fulfill({ status: 200, contentType: 'image/png', body: TILE_PNG });
      } else {
        await route.abort('internetdisconnected');
      }
    },
  );
  return asked;
}

function mapRegion(page: Page, lang: 'zh' | 'en' = 'zh') {
  return page.getByRole('region', { name: lang === 'zh' ? '救灾帮扶分布图' : 'Where relief went' });
}

test.describe('online base layers', () => {
  test('the CSP lets the configured tile hosts in; OSM and AMap tiles show under the districts', async ({
    page,
    context,
  }) => {
    const asked = await serveTiles(context, 'png');
    const response = await page.goto('/');
    const csp = response!.headers()['content-security-policy'] ?? '';
    const directive = (name: string) =>
      csp
        .split(';')
        .map((d) => d.trim())
        .find((d) => d.startsWith(`${name} `)) ?? '';
    for (const name of ['img-src', 'connect-src']) {
      expect(directive(name)).toContain('https://tile.openstreetmap.org');
      expect(directive(name)).toContain('https://*.is.autonavi.com');
    }
    expect(directive('script-src')).toBe("script-src 'self'");

    const map = mapRegion(page);
    await expect(map.locator('path[data-district][data-state]')).toHaveCount(16, FIRST);
    // Offline by default: no tiles until asked for.
    const base = map.getByRole('combobox', { name: '底图' });
    await expect(base).toHaveValue('offline');
    await expect(map.locator('.leaflet-tile')).toHaveCount(0);
    expect(asked).toHaveLength(0);

    await base.selectOption('osm');
    const loaded = map.locator('img.leaflet-tile-loaded');
    await expect(loaded.first()).toBeVisible(FIRST);
    expect(asked.some((u) => u.startsWith('https://tile.openstreetmap.org/'))).toBe(true);
    expect(await loaded.first().evaluate((img) => (img as HTMLImageElement).naturalWidth)).toBe(8);
    await expect(map.getByText('底图：© OpenStreetMap contributors')).toBeVisible();
    await expect(map.getByText(/边界数据：Apache ECharts 4\.9\.0 Beijing map/)).toBeVisible();
    await expect(map.locator('path[data-district][data-state]')).toHaveCount(16);
    await expect(page.getByTestId('map-tile-status')).toBeEmpty();

    await base.selectOption('amap');
    await expect(
      map.locator('img.leaflet-tile-loaded[src*="is.autonavi.com"]').first(),
    ).toBeVisible();
    await expect(map.getByText('底图：© 高德地图 AutoNavi')).toBeVisible();
    // The districts sit above the tiles and stay clickable.
    await clickDistrict(page, '110111');
    await expect(page).toHaveURL(/district=110111/);
    await expect(page.getByRole('region', { name: '房山区详情' })).toBeVisible();
    await expectNoA11yViolations(page);

    // The choice is remembered.
    await page.reload();
    await expect(mapRegion(page).getByRole('combobox', { name: '底图' })).toHaveValue(
      'amap',
      FIRST,
    );
    await expect(mapRegion(page).locator('img.leaflet-tile-loaded').first()).toBeVisible(FIRST);
  });

  test.describe('when the tiles cannot be loaded', () => {
    // What the browser logs for each failed tile; the page itself must cope, and say so. (One
    // pattern: Playwright reads a two-element array as [value, fixture options].)
    test.use({
      allowedConsoleErrors: [/Failed to load resource|FetchEvent .* network error/],
    });

    test('the vector map stays usable and says why, in Chinese and in English', async ({
      page,
      context,
    }) => {
      const asked = await serveTiles(context, 'fail');
      await page.goto('/');
      const map = mapRegion(page);
      await expect(map.locator('path[data-district][data-state]')).toHaveCount(16, FIRST);
      await map.getByRole('combobox', { name: '底图' }).selectOption('amap');

      const status = page.getByTestId('map-tile-status');
      await expect(status).toHaveText(/在线底图瓦片无法加载.*已改用离线矢量显示/);
      await expect(status).toBeVisible();
      await expect(status).toHaveAttribute('aria-live', 'polite');
      expect(asked.length).toBeGreaterThan(0);
      await expect(map.locator('.leaflet-tile')).toHaveCount(0);
      await expect(map.getByText(/底图：/)).toHaveCount(0);
      await expect(map.locator('path[data-district][data-state]')).toHaveCount(16);
      await clickDistrict(page, '110111');
      await expect(page).toHaveURL(/district=110111/);
      await expect(page.getByRole('region', { name: '房山区详情' })).toBeVisible();
      await expectNoA11yViolations(page);

      // English, with AMap still chosen (remembered): the same fallback, said in English.
      await page.goto('/?lang=en');
      await expect(mapRegion(page, 'en').locator('path[data-state]')).toHaveCount(16, FIRST);
      await expect(status).toHaveText(
        /Online map tiles could not be loaded .* the map shows the offline vector base instead\./,
      );
      await mapRegion(page, 'en')
        .getByRole('button', { name: /^Select Huairou/ })
        .click();
      await expect(page).toHaveURL(/district=110116/);
      await expectNoA11yViolations(page);
    });
  });
});
