/**
 * One read endpoint of the overview fails (500, network error, 3 s delay, malformed JSON): the
 * widgets that need it say so with a retry (or wait, then show their data), and every other widget
 * shows its data. Faults are injected into the embedded backend (mocks/handlers/faults.ts) before
 * the page starts; one page load per endpoint × fault.
 */
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './support/fixtures';

type Widget = 'kpis' | 'map' | 'charts' | 'recent';
const WIDGETS: Widget[] = ['kpis', 'map', 'charts', 'recent'];

/** Where each widget shows its loading / error state. */
function area(page: Page, widget: Widget): Locator {
  switch (widget) {
    case 'kpis':
      return page.getByRole('region', { name: '关键指标' });
    case 'map':
      return page.getByRole('region', { name: '救灾帮扶分布图' });
    case 'charts':
      // The section is one region while it has no data, several chart regions once it has.
      return page.locator('main .charts, main section[aria-label="分析图表"]');
    case 'recent':
      return page.getByRole('region', { name: '最新救灾帮扶活动' });
  }
}

/** Something only the widget's data can produce. */
async function expectData(page: Page, widget: Widget) {
  const timeout = 20_000;
  switch (widget) {
    case 'kpis':
      await expect(page.locator('[data-kpi="workers"] .kpi__value')).toHaveText(/^\d[\d,]*/, {
        timeout,
      });
      break;
    case 'map':
      await expect(area(page, 'map').getByRole('group', { name: '北京市各区地图' })).toBeVisible({
        timeout,
      });
      await expect(
        area(page, 'map')
          .getByRole('button', { name: /个走访地点/ })
          .first(),
      ).toBeVisible();
      break;
    case 'charts':
      await expect(page.getByRole('region', { name: '各类救灾帮扶活动' })).toContainText(
        '走访慰问',
        {
          timeout,
        },
      );
      break;
    case 'recent':
      await expect(area(page, 'recent')).toContainText(/共 \d+ 项，显示最新 \d+ 项/, { timeout });
      await expect(area(page, 'recent').getByRole('listitem').first()).toBeVisible();
      break;
  }
}

interface Case {
  /** Fault key: a path prefix, or an exact path ending in `$`. */
  path: string;
  /** Widgets that cannot show their data without this endpoint. */
  affects: Widget[];
}

const CASES: Case[] = [
  { path: '/api/v1/summary', affects: ['kpis', 'map', 'charts'] },
  { path: '/api/v1/sites/summary', affects: ['map'] },
  { path: '/api/v1/activities', affects: ['recent'] },
  { path: '/api/v1/districts/boundaries', affects: ['map'] },
  { path: '/api/v1/districts$', affects: ['map'] },
  { path: '/api/v1/organizations$', affects: ['map'] },
  { path: '/api/v1/sites$', affects: ['map'] },
];

async function loadWithFault(page: Page, path: string, fault: string) {
  await page.addInitScript(
    ([key, kind]) => {
      (globalThis as { __reliefFaults?: Record<string, string> }).__reliefFaults = {
        [key as string]: kind as string,
      };
    },
    [path, fault],
  );
  await page.goto('/');
}

async function clearFaults(page: Page) {
  await page.evaluate(() => {
    delete (globalThis as { __reliefFaults?: unknown }).__reliefFaults;
  });
}

const FAILURES = [
  // The browser logs each injected failure; only that exact line is allowed.
  {
    fault: 'error500',
    message: /服务器出错（500）/,
    console: /status of 500 \(Internal Server Error\)/,
  },
  { fault: 'network', message: /无法连接到服务器/, console: /net::ERR_FAILED/ },
  { fault: 'malformed', message: /数据格式不正确/, console: null },
] as const;

for (const { fault, message, console: consoleError } of FAILURES) {
  test.describe(`overview with one endpoint answering ${fault}`, () => {
    test.use({ allowedConsoleErrors: consoleError ? [consoleError] : [] });

    for (const { path, affects } of CASES) {
      test(`${path}: ${affects.join(', ')} say so with a retry; the rest show data`, async ({
        page,
      }) => {
        test.setTimeout(60_000);
        await loadWithFault(page, path, fault);

        for (const widget of WIDGETS.filter((w) => !affects.includes(w)))
          await expectData(page, widget);
        for (const widget of affects) {
          // Transient failures are retried twice first (a few seconds).
          const alert = area(page, widget).getByRole('alert');
          await expect(alert).toContainText('加载失败', { timeout: 20_000 });
          await expect(alert).toContainText(message);
          await expect(alert.getByRole('button', { name: '重试' })).toBeVisible();
        }

        // The endpoint heals; one retry brings the data back.
        await clearFaults(page);
        const first = affects[0]!;
        await area(page, first).getByRole('alert').getByRole('button', { name: '重试' }).click();
        await expectData(page, first);
      });
    }
  });
}

test.describe('overview with one endpoint 3 s slow', () => {
  for (const { path, affects } of CASES) {
    test(`${path}: ${affects.join(', ')} show loading, then data; the rest show data`, async ({
      page,
    }) => {
      test.setTimeout(60_000);
      await loadWithFault(page, path, 'delay');

      const first = affects[0]!;
      await expect(area(page, first).getByRole('status').getByText('正在加载…')).toBeVisible();
      for (const widget of WIDGETS.filter((w) => !affects.includes(w)))
        await expectData(page, widget);
      for (const widget of affects) await expectData(page, widget);
      await expect(page.getByRole('alert')).toHaveCount(0);
    });
  }
});
