import type { Page } from '@playwright/test';
import { demoApiAnswersPage, expect, expectNoA11yViolations, test } from './support/fixtures';

async function workersKpi(page: Page): Promise<number> {
  const value = page.locator('[data-kpi="workers"] .kpi__value');
  // The overview computes several summaries; give a busy machine time.
  await expect(value).toHaveText(/\d/, { timeout: 30_000 });
  return Number((await value.textContent())?.replace(/[^\d]/g, ''));
}

async function fillHuairouVisit(page: Page, title: string, workers: string) {
  const form = page.getByRole('form');
  await form.getByLabel(/^日期/).fill('2023-08-11');
  await form.getByLabel(/^标题（中文）/).fill(title);
  await expect(form.getByRole('option', { name: '怀柔区总工会' })).toHaveCount(1);
  await form.getByLabel(/^组织单位/).selectOption('org-huairou-ftu');
  await form.getByRole('checkbox', { name: '怀柔区' }).check();
  await form.getByLabel(/^服务职工/).fill(workers);
}

test.describe('recording relief work', () => {
  test('a visit in Huairou raises the workers-served figure on the overview', async ({ page }) => {
    test.setTimeout(90_000);
    await page.goto('/');
    const before = await workersKpi(page);

    await page
      .getByRole('navigation', { name: '主导航' })
      .getByRole('link', { name: '录入' })
      .click();
    await expect(page.getByRole('heading', { name: '新增救灾帮扶活动' })).toBeVisible();
    await fillHuairouVisit(page, '怀柔区总工会走访琉璃庙镇一线职工', '321');
    await page.getByRole('form').getByRole('button', { name: '保存' }).click();
    await expect(page.getByRole('heading', { name: '编辑救灾帮扶活动' })).toBeVisible();
    await expect(page.getByText(/已创建/)).toBeVisible();
    await expect(page).toHaveURL(/\/entry\/activity\/act-/);

    await page
      .getByRole('navigation', { name: '主导航' })
      .getByRole('link', { name: '总览' })
      .click();
    await expect.poll(() => workersKpi(page)).toBe(before + 321);
  });

  test('a browser without service workers (a plain-http LAN address) shows and records data', async ({
    page,
  }) => {
    test.setTimeout(90_000);
    // What Chromium does on http://192.168.…: no service workers at all.
    await page.addInitScript(() => {
      delete (Navigator.prototype as { serviceWorker?: unknown }).serviceWorker;
    });
    await page.goto('/');
    const before = await workersKpi(page);
    expect(await page.evaluate(() => 'serviceWorker' in navigator)).toBe(false);
    await expectNoA11yViolations(page);

    await page.goto('/entry/activity');
    await fillHuairouVisit(page, '无 Service Worker 时录入的怀柔走访', '12');
    await page.getByRole('form').getByRole('button', { name: '保存' }).click();
    await expect(page.getByText(/已创建/)).toBeVisible();

    // Kept in the browser's database: still there after a reload.
    await page.goto('/');
    await expect.poll(() => workersKpi(page)).toBe(before + 12);
  });

  test('a draft survives a reload', async ({ page }) => {
    await page.goto('/entry/activity');
    const title = page.getByLabel(/^标题（中文）/);
    await title.fill('刷新前未保存的走访');
    await page.getByLabel(/^备注/).fill('<img src=x onerror=alert(1)>');
    await page.waitForTimeout(700);
    await page.reload();
    await expect(page.getByText(/已恢复未保存的草稿/)).toBeVisible();
    await expect(page.getByLabel(/^标题（中文）/)).toHaveValue('刷新前未保存的走访');
    await expect(page.getByLabel(/^备注/)).toHaveValue('<img src=x onerror=alert(1)>');
  });

  test('an offline save is queued, and sent when the network returns', async ({
    page,
    context,
  }) => {
    await page.goto('/entry/activity');
    await expect(page.getByRole('button', { name: /^待发送 0/ })).toBeVisible();
    await fillHuairouVisit(page, '离线保存的怀柔走访', '45');

    await context.setOffline(true);
    await page.getByRole('form').getByRole('button', { name: '保存' }).click();
    await expect(page.getByText(/已存入待发送队列/)).toBeVisible();
    await expect(page.getByRole('button', { name: /^待发送 1/ })).toBeVisible();

    await context.setOffline(false);
    await expect(page.getByRole('button', { name: /^待发送 0/ })).toBeVisible();
    await demoApiAnswersPage(page);
    const total = await page.evaluate(async () => {
      const r = await fetch('/api/v1/activities?q=' + encodeURIComponent('离线保存的怀柔走访'));
      return ((await r.json()) as { total: number }).total;
    });
    expect(total).toBe(1);
  });

  test('the activity form with errors shown passes axe', async ({ page }) => {
    test.setTimeout(60_000);
    await page.goto('/entry/activity');
    await expect(page.getByLabel(/^组织单位/)).toBeVisible();
    await page.getByRole('form').getByRole('button', { name: '保存' }).click();
    await expect(page.getByRole('alert').first()).toBeVisible();
    await expectNoA11yViolations(page);
  });

  test('the fund form in English passes axe', async ({ page }) => {
    test.setTimeout(60_000);
    await page.goto('/entry/fund?lang=en');
    await expect(page.getByRole('heading', { name: 'New fund allocation' })).toBeVisible();
    await expectNoA11yViolations(page);
  });

  test('an edit page with the site map open passes axe', async ({ page }) => {
    test.setTimeout(60_000);
    await page.goto('/entry/activity/act-r-huairou-jiuduhe');
    await expect(page.getByLabel(/^姓名 1/)).toHaveValue('樊晓娟');
    await expect(page.getByText(/^创建/)).toBeVisible();
    await page.getByRole('button', { name: '添加新地点' }).click();
    await expect(page.locator('.entry-map__canvas path').first()).toBeVisible();
    await expectNoA11yViolations(page);
  });
});
