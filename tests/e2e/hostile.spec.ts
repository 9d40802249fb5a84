/**
 * Hostile strings entered the ways staff enter data — the activity form, a spreadsheet import,
 * the API (an organization, a site, a fund) — then looked at everywhere they show: the overview
 * (latest activities, charts with their table and tooltip, a map popup), the ledger (row and
 * details), presentation mode, and the CSV export. Nothing may run, nothing may become markup, and
 * every string must read as the text it is.
 */
import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { demoApiAnswersPage, expect, test } from './support/fixtures';

const IMG = '<img src=x onerror=alert(1)>';
const SCRIPT = '"><script>window.__xss=1</script>';
/** RIGHT-TO-LEFT OVERRIDE … POP DIRECTIONAL FORMATTING: "exe.txt" would read as "txt.exe". */
const BIDI = '\u202Eexe.txt\u202C 工会';
/** 5,000 characters (the title is capped at 500, so the notes carry it). */
const LONG = `长备注开头${'x'.repeat(4990)}备注结尾`;
const FORMULA = '=HYPERLINK("http://evil.example","点我")';

const ORG_NAME = `${IMG}互助会`;
const SITE_NAME = `${IMG}村`;

interface Created {
  organizationId: string;
  siteId: string;
}

/** Fails on the spot if anything the strings carry ran or became an element. */
async function expectNothingInjected(page: Page) {
  const found = await page.evaluate(() => ({
    xss: (globalThis as { __xss?: unknown }).__xss,
    images: document.querySelectorAll('img[src="x"]').length,
    scripts: Array.from(document.querySelectorAll('script')).filter((s) =>
      s.textContent?.includes('__xss'),
    ).length,
  }));
  expect(found).toEqual({ xss: undefined, images: 0, scripts: 0 });
}

async function api<T>(page: Page, path: string, body: unknown): Promise<T> {
  await demoApiAnswersPage(page);
  const result = await page.evaluate(
    async ([url, payload]) => {
      const response = await fetch(url as string, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-User-Name': 'e2e' },
        body: JSON.stringify(payload),
      });
      return { status: response.status, json: (await response.json()) as unknown };
    },
    [path, body] as const,
  );
  expect(result.status, JSON.stringify(result.json)).toBe(201);
  return result.json as T;
}

/** An organization, a site and a fund with hostile names, and an activity linking them. */
async function createThroughApi(page: Page): Promise<Created> {
  const entered = { kind: 'entered', note: '' };
  const org = await api<{ id: string }>(page, '/api/v1/organizations', {
    name: { zh: ORG_NAME, en: ORG_NAME },
    kind: 'mutual_aid',
    districtCode: '110111',
    provenance: entered,
  });
  const site = await api<{ id: string }>(page, '/api/v1/sites', {
    name: { zh: SITE_NAME, en: SITE_NAME },
    kind: 'village',
    districtCode: '110111',
    location: { lon: 115.98, lat: 39.73, precision: 'approximate' },
    provenance: entered,
  });
  await api(page, '/api/v1/activities', {
    date: '2023-08-30',
    type: 'condolence_visit',
    title: { zh: `走访${SITE_NAME}`, en: '' },
    organizationId: org.id,
    districtCodes: ['110111'],
    siteIds: [site.id],
    workersServed: { value: 12, basis: 'entered' },
    provenance: entered,
  });
  // The largest source of funds, so the hostile name heads the chart.
  await api(page, '/api/v1/funds', {
    date: '2023-08-30',
    sourceOrganizationId: org.id,
    recipientDistrictCode: '110111',
    amount: { yuan: 90_000_000, basis: 'entered' },
    purpose: { zh: SCRIPT, en: '' },
    provenance: entered,
  });
  return { organizationId: org.id, siteId: site.id };
}

async function enterThroughForm(page: Page, { organizationId }: Created) {
  await page.goto('/entry/activity');
  const form = page.getByRole('form');
  await expect(form.locator(`option[value="${organizationId}"]`)).toHaveCount(1, {
    timeout: 30_000,
  });
  await form.getByLabel(/^日期/).fill('2023-08-31');
  await form.getByLabel(/^标题（中文）/).fill(IMG);
  await form.getByLabel(/^标题（英文）/).fill(BIDI);
  await form.getByLabel(/^组织单位/).selectOption(organizationId);
  await form.getByRole('checkbox', { name: '房山区' }).check();
  await form.getByLabel(/^服务职工/).fill('33');
  await form.getByRole('button', { name: '添加带队领导' }).click();
  await form.getByLabel(/^姓名 1/).fill(SCRIPT);
  await form.getByLabel(/^备注/).fill(LONG);
  await form.getByRole('button', { name: '保存' }).click();
  await expect(page.getByText(/已创建/)).toBeVisible({ timeout: 20_000 });
  await expectNothingInjected(page);
}

const csvField = (text: string) => (/[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text);

async function importSpreadsheet(page: Page) {
  const rows = [
    ['日期', '区', '单位', '服务人数', '类型', '事项', '备注'],
    ['2023-08-30', '房山区', ORG_NAME, '21', '走访慰问', SCRIPT, BIDI],
    ['2023-08-30', '房山区', ORG_NAME, '9', '走访慰问', FORMULA, LONG],
  ];
  const csv = `\uFEFF${rows.map((r) => r.map(csvField).join(',')).join('\r\n')}\r\n`;
  await page.goto('/import');
  await page.locator('input[type="file"]').setInputFiles({
    name: 'hostile.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(csv, 'utf8'),
  });
  const mapping = page.getByRole('region', { name: '对应列' });
  await mapping.getByRole('button', { name: '检查并预览' }).click({ timeout: 30_000 });
  const preview = page.getByRole('region', { name: '预览' });
  await expect(preview.getByTestId('import-counts')).toContainText('2 行可以导入');
  // The preview shows the strings as they are.
  await expect(preview.getByText(SCRIPT).first()).toBeVisible();
  await expectNothingInjected(page);
  await preview.getByRole('button', { name: '导入 2 条记录' }).click();
  await expect(page.getByRole('region', { name: '导入结果' })).toContainText('已导入 2 条活动记录');
  await expectNothingInjected(page);
}

async function checkOverview(page: Page) {
  await page.goto('/');
  const recent = page.getByRole('region', { name: '最新救灾帮扶活动' });
  await expect(recent.getByText(IMG, { exact: true })).toBeVisible({ timeout: 30_000 });
  await expect(recent.getByText(SCRIPT, { exact: true })).toBeVisible();
  await expect(recent.getByText(FORMULA, { exact: true })).toBeVisible();
  await expect(recent.getByText(ORG_NAME).first()).toBeVisible();

  // Charts: the hostile organization heads the funds-by-source chart; its table and its tooltip
  // name it as text.
  const sources = page.getByRole('region', { name: '资金来源（按拨付单位）' });
  await expect(sources).toContainText(`最多的是${ORG_NAME}`);
  // Its axis label is cut short; hovering its bar shows the whole name in the tooltip.
  const label = sources.locator('text.recharts-cartesian-axis-tick-value', {
    hasText: '<img src=',
  });
  // Charts are drawn when they near the screen.
  await sources.scrollIntoViewIfNeeded();
  await label.scrollIntoViewIfNeeded();
  const box = (await label.boundingBox())!;
  await page.mouse.move(box.x + box.width + 80, box.y + box.height / 2);
  await expect(sources.locator('.recharts-tooltip-wrapper')).toContainText(ORG_NAME);
  await sources.getByRole('button', { name: '以表格显示' }).click();
  await expect(sources.getByRole('table').getByText(ORG_NAME, { exact: true })).toBeVisible();
  await expectNothingInjected(page);

  // The map: Fangshan's panel lists the hostile site; showing it opens its popup, as text.
  await page.goto('/?district=110111');
  const map = page.getByRole('region', { name: '救灾帮扶分布图' });
  const siteButton = map.getByRole('button', { name: new RegExp(escapeRegExp(SITE_NAME)) });
  await siteButton.first().click({ timeout: 30_000 });
  const popup = map.locator('.leaflet-popup');
  await expect(popup).toContainText(SITE_NAME);
  await expect(popup).toContainText(ORG_NAME);
  await expectNothingInjected(page);
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

async function checkLedger(page: Page) {
  await page.goto('/ledger');
  const rows = page.getByRole('grid').locator('[role="row"][data-loaded="true"]');
  await expect(rows.first()).toBeVisible({ timeout: 30_000 });
  await page.getByRole('searchbox', { name: '搜索' }).fill('onerror');
  const formRow = rows.filter({ has: page.getByText(IMG, { exact: true }) }).first();
  await expect(formRow).toBeVisible();
  await formRow.click();
  const details = page.getByRole('complementary');
  await expect(details.getByText(IMG, { exact: true }).first()).toBeVisible();
  await expect(details.getByText(SCRIPT, { exact: true })).toBeVisible();
  await expect(details.getByText(LONG, { exact: true })).toBeVisible();
  await expectNothingInjected(page);

  // The imported row whose title is the script string, with the bidi notes.
  await page.getByRole('searchbox', { name: '搜索' }).fill('window.__xss');
  const importedRow = rows.filter({ has: page.getByText(SCRIPT, { exact: true }) }).first();
  await importedRow.click();
  await expect(details.getByRole('heading', { name: SCRIPT })).toBeVisible();
  await expect(details.getByText(BIDI, { exact: true })).toBeVisible();
  await expectNothingInjected(page);

  // Export what the search finds: formula-like cells are neutralised, the rest kept verbatim.
  await page.getByRole('searchbox', { name: '搜索' }).fill('evil.example');
  await expect(rows).toHaveCount(1);
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: '导出 CSV' }).click();
  const bytes = await readFile((await (await downloading).path()) as string);
  const text = bytes.toString('utf8').replace(/^\uFEFF/, '');
  expect(text).toContain(`"'=HYPERLINK(""http://evil.example"",""点我"")"`);
  expect(text).toContain(ORG_NAME);
  expect(text).toContain(LONG);
  // No cell starts a formula: a field opens after a line start or a comma, quoted or not.
  expect(text).not.toMatch(/(^|,|\r\n)"?[=+\-@\t]/);
}

async function checkPresentation(page: Page) {
  await page.goto('/present?paused=1');
  const title = page.locator('#present-scene-title');
  await expect(title).toHaveText('救灾地图与关键指标', { timeout: 30_000 });
  // The scenes are a ring: before the first comes the last, the latest activities.
  await page.keyboard.press('PageUp');
  await expect(title).toHaveText('最新救灾帮扶活动');
  await expect(page.getByText(IMG, { exact: true }).first()).toBeVisible();
  await expect(page.getByText(SCRIPT, { exact: true }).first()).toBeVisible();
  await expectNothingInjected(page);
}

test.describe('hostile strings', () => {
  test('entered by form, import and API, stay text in every view and in the export', async ({
    page,
  }) => {
    test.setTimeout(240_000);
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(`${dialog.type()}: ${dialog.message()}`);
      void dialog.dismiss();
    });

    await page.goto('/entry/activity');
    await expect(page.getByRole('form')).toBeVisible({ timeout: 30_000 });
    const created = await createThroughApi(page);
    await enterThroughForm(page, created);
    await importSpreadsheet(page);
    await checkOverview(page);
    await checkLedger(page);
    await checkPresentation(page);

    expect(dialogs).toEqual([]);
  });
});
