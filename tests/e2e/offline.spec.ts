/**
 * Offline for a while: three activities saved through the form go to the outbox, survive a reload
 * while still offline, and are sent once — exactly three new records — when the network returns.
 *
 * The dashboard has no offline app cache of its own (a PWA cache is out of scope), so the reload
 * is served the page's own files from what the browser fetched before going offline, as a
 * browser's cache would; the API is the embedded backend, which keeps answering in the page.
 */
import type { BrowserContext, Page } from '@playwright/test';
import { demoApiAnswersPage, expect, test } from './support/fixtures';

test.use({
  // What the offline browser cannot fetch (code it had not loaded before: charts, the district
  // panel) is logged as an error; nothing else may be.
  allowedConsoleErrors: [/^Failed to load resource: net::ERR_(FAILED|INTERNET_DISCONNECTED)$/],
});

interface Cached {
  status: number;
  headers: Record<string, string>;
  body: Buffer;
}

/** Keeps every same-origin static file the page loads (not the API). */
function recordAppFiles(page: Page, origin: string): Map<string, Cached> {
  const files = new Map<string, Cached>();
  page.on('response', async (response) => {
    const url = new URL(response.url());
    if (url.origin !== origin || url.pathname.startsWith('/api/')) return;
    if (response.request().method() !== 'GET' || response.status() !== 200) return;
    try {
      files.set(url.pathname, {
        status: 200,
        headers: response.headers(),
        body: await response.body(),
      });
    } catch {
      // A response without a body (a redirect, an aborted request): nothing to keep.
    }
  });
  return files;
}

/** While offline, page loads get the recorded files; anything else fails as offline. */
async function serveFromCache(context: BrowserContext, files: Map<string, Cached>) {
  await context.route('**/*', async (route) => {
    const url = new URL(route.request().url());
    const hit =
      files.get(url.pathname) ??
      (route.request().resourceType() === 'document' ? files.get('/entry/activity') : undefined);
    if (hit) await route.fulfill(hit);
    else await route.abort('internetdisconnected');
  });
}

/**
 * Keeps the server out of reach for the writes named (`'POST /api/v1/activities$'`), across
 * reloads, until `reachableAgain`. Chromium 150.0.7871.100 under Playwright reports
 * `navigator.onLine === true` after a reload despite `setOffline(true)`, so the app would rightly
 * send its queue at once; this makes those writes fail as a lost network does (the embedded
 * backend's fault injection), so the reload shows what was kept.
 */
async function unreachableWrites(context: BrowserContext, page: Page, keys: string[]) {
  await context.addInitScript((faultKeys) => {
    if (sessionStorage.getItem('e2e-unreachable') !== '1') return;
    (globalThis as { __reliefFaults?: Record<string, string> }).__reliefFaults = Object.fromEntries(
      faultKeys.map((key) => [key, 'network']),
    );
  }, keys);
  await page.evaluate(() => sessionStorage.setItem('e2e-unreachable', '1'));
}

async function reachableAgain(page: Page) {
  await page.evaluate(() => {
    sessionStorage.removeItem('e2e-unreachable');
    delete (globalThis as { __reliefFaults?: unknown }).__reliefFaults;
  });
}

async function countTitled(page: Page, q: string): Promise<number> {
  await demoApiAnswersPage(page);
  return page.evaluate(async (query) => {
    const response = await fetch(`/api/v1/activities?q=${encodeURIComponent(query)}`);
    return ((await response.json()) as { total: number }).total;
  }, q);
}

async function totalActivities(page: Page): Promise<number> {
  return countTitled(page, '');
}

async function saveOffline(page: Page, title: string, queued: number) {
  const form = page.getByRole('form');
  await expect(form.getByRole('option', { name: '怀柔区总工会' })).toHaveCount(1, {
    timeout: 30_000,
  });
  await form.getByLabel(/^日期/).fill('2023-08-12');
  await form.getByLabel(/^标题（中文）/).fill(title);
  await form.getByLabel(/^组织单位/).selectOption('org-huairou-ftu');
  await form.getByRole('checkbox', { name: '怀柔区' }).check();
  await form.getByLabel(/^服务职工/).fill('10');
  await form.getByRole('button', { name: '保存' }).click();
  await expect(page.getByText(/已存入待发送队列/)).toBeVisible();
  await expect(page.getByRole('button', { name: new RegExp(`^待发送 ${queued}`) })).toBeVisible();
}

/** A fresh, empty activity form, reached through the app's own navigation (no page load). */
async function newActivityForm(page: Page) {
  const nav = page.getByRole('navigation', { name: '主导航' });
  await nav.getByRole('link', { name: '总览' }).click();
  await nav.getByRole('link', { name: '录入' }).click();
  await expect(page.getByRole('heading', { name: '新增救灾帮扶活动' })).toBeVisible();
  await expect(page.getByLabel(/^标题（中文）/)).toHaveValue('');
}

test('three entries saved offline survive a reload and arrive exactly once', async ({
  page,
  context,
  baseURL,
}) => {
  test.setTimeout(120_000);
  const files = recordAppFiles(page, new URL(baseURL!).origin);
  await page.goto('/entry/activity');
  await expect(page.getByRole('button', { name: /^待发送 0/ })).toBeVisible({ timeout: 30_000 });
  const before = await totalActivities(page);
  const marker = `离线${Date.now().toString(36)}`;
  const titles = [1, 2, 3].map((n) => `${marker} 第${n}条走访`);

  // The form's choices must have arrived before the network goes: offline, nothing loads.
  await expect(page.getByRole('form').getByRole('option', { name: '怀柔区总工会' })).toHaveCount(
    1,
    {
      timeout: 30_000,
    },
  );
  await context.setOffline(true);
  await saveOffline(page, titles[0]!, 1);
  await newActivityForm(page);
  await saveOffline(page, titles[1]!, 2);
  await newActivityForm(page);
  await saveOffline(page, titles[2]!, 3);
  expect(await countTitled(page, marker)).toBe(0);

  // Reload, still offline: the queue is read back from IndexedDB.
  await unreachableWrites(context, page, ['POST /api/v1/activities$']);
  await serveFromCache(context, files);
  await page.reload();
  await expect(page.getByRole('button', { name: /^待发送 3/ })).toBeVisible({ timeout: 30_000 });

  // Back online: the outbox sends itself, once.
  await context.unrouteAll({ behavior: 'ignoreErrors' });
  await reachableAgain(page);
  await context.setOffline(false);
  await expect(page.getByRole('button', { name: /^待发送 0/ })).toBeVisible({ timeout: 30_000 });
  expect(await countTitled(page, marker)).toBe(3);
  for (const title of titles) expect(await countTitled(page, title)).toBe(1);
  expect(await totalActivities(page)).toBe(before + 3);

  // A second reload sends nothing more.
  await page.reload();
  await expect(page.getByRole('button', { name: /^待发送 0/ })).toBeVisible({ timeout: 30_000 });
  expect(await totalActivities(page)).toBe(before + 3);
});

test('a visit at a new site picked on the map, saved offline, survives a reload and arrives linked', async ({
  page,
  context,
  baseURL,
}) => {
  test.setTimeout(150_000);
  const files = recordAppFiles(page, new URL(baseURL!).origin);
  await page.goto('/entry/activity');
  await expect(page.getByRole('button', { name: /^待发送 0/ })).toBeVisible({ timeout: 30_000 });
  const marker = Date.now().toString(36);
  const siteName = `离线新点${marker}村`;
  const title = `离线走访新地点 ${marker}`;

  const form = page.getByRole('form');
  await expect(form.getByRole('option', { name: '怀柔区总工会' })).toHaveCount(1, {
    timeout: 30_000,
  });
  await form.getByLabel(/^日期/).fill('2023-08-12');
  await form.getByLabel(/^标题（中文）/).fill(title);
  await form.getByLabel(/^组织单位/).selectOption('org-huairou-ftu');
  await form.getByRole('checkbox', { name: '怀柔区' }).check();
  await form.getByLabel(/^服务职工/).fill('12');
  // The site form's map (a lazy chunk and the boundaries) loads while the network is there.
  await form.getByRole('button', { name: '添加新地点' }).click();
  const newSite = form.getByRole('group', { name: '新地点' });
  const map = newSite.locator('.entry-map__canvas');
  await expect(map.locator('path').first()).toBeVisible({ timeout: 30_000 });
  // The checks at the end ask the demo API from the page, which its service worker answers. Its
  // code loads after the first screen: it must have arrived (and been recorded for the offline
  // reload) before the network goes, as in the test above.
  await demoApiAnswersPage(page);

  await context.setOffline(true);
  await newSite.getByLabel(/^地点名称（中文）/).fill(siteName);
  const box = await map.boundingBox();
  if (!box) throw new Error('the site map has no size');
  // Roughly Huairou, north of the city centre.
  await map.click({ position: { x: box.width * 0.55, y: box.height * 0.35 } });
  await expect(newSite.getByLabel('经度')).toHaveValue(/^1(1[5-7])\.\d+/);
  await expect(newSite.getByLabel('纬度')).toHaveValue(/^(39|40|41)\.\d+/);
  await newSite.getByRole('button', { name: '保存地点' }).click();
  await expect(
    form.getByRole('checkbox', { name: new RegExp(`^${siteName}.*待发送`) }),
  ).toBeChecked();
  await expect(page.getByRole('button', { name: /^待发送 1/ })).toBeVisible();

  await form.getByRole('button', { name: '保存' }).click();
  await expect(page.getByText(/已存入待发送队列/)).toBeVisible();
  const pending = page.getByRole('button', { name: /^待发送 2/ });
  await expect(pending).toBeVisible();
  // The queued visit still names its site, which is queued too.
  await pending.click();
  await expect(
    page.getByRole('region', { name: '待发送的更改' }).getByText(`地点：${siteName}`),
  ).toBeVisible();

  // Reload, still offline: both wait in IndexedDB.
  await unreachableWrites(context, page, ['POST /api/v1/sites$', 'POST /api/v1/activities$']);
  await serveFromCache(context, files);
  await page.reload();
  await expect(page.getByRole('button', { name: /^待发送 2/ })).toBeVisible({ timeout: 30_000 });

  await context.unrouteAll({ behavior: 'ignoreErrors' });
  await reachableAgain(page);
  await context.setOffline(false);
  await expect(page.getByRole('button', { name: /^待发送 0/ })).toBeVisible({ timeout: 30_000 });
  await demoApiAnswersPage(page);
  const created = await page.evaluate(
    async ({ q, site }) => {
      const activities = (await (
        await fetch(`/api/v1/activities?q=${encodeURIComponent(q)}`)
      ).json()) as { items: { siteIds: string[] }[] };
      const sites = (await (await fetch('/api/v1/sites')).json()) as {
        id: string;
        name: { zh: string };
      }[];
      return {
        siteIds: activities.items.map((a) => a.siteIds),
        sites: sites.filter((s) => s.name.zh === site).map((s) => s.id),
      };
    },
    { q: title, site: siteName },
  );
  expect(created.sites).toHaveLength(1);
  expect(created.siteIds).toEqual([created.sites]);

  // The site is on the map, and the visit in the ledger, named with its site.
  await page.goto('/?district=110116');
  const panel = page.getByRole('region', { name: '怀柔区详情' });
  await expect(panel.getByRole('button', { name: new RegExp(siteName) })).toBeVisible({
    timeout: 30_000,
  });
  await page.goto(`/ledger?q=${encodeURIComponent(marker)}`);
  const rows = page.getByRole('grid').getByRole('rowgroup').nth(1).getByRole('row');
  await expect(rows).toHaveCount(1, { timeout: 30_000 });
  await expect(rows.first()).toContainText(title);
  await expect(rows.first()).toContainText(siteName);
});
