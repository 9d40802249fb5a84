import { resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { demoApiAnswersPage, expect, expectNoA11yViolations, test } from './support/fixtures';

const fixture = (name: string) => resolve(process.cwd(), 'tests/fixtures/import', name);

async function activitiesKpi(page: Page): Promise<number> {
  await page.goto('/');
  const value = page.locator('[data-kpi="activities"] .kpi__value');
  // The overview computes its figures over the whole demo dataset: allow it time on a busy machine.
  await expect(value).toHaveText(/\d/, { timeout: 60_000 });
  return Number((await value.innerText()).replace(/[^\d]/g, ''));
}

async function fundsYuan(page: Page): Promise<number> {
  await demoApiAnswersPage(page);
  return page.evaluate(async () => {
    const r = await fetch('/api/v1/summary');
    const body = (await r.json()) as {
      totals: { fundsYuan: { reported: number; illustrative: number; entered: number } };
    };
    const f = body.totals.fundsYuan;
    return f.reported + f.illustrative + f.entered;
  });
}

async function importFile(
  page: Page,
  name: string,
  expectedValid: number,
  check: (preview: ReturnType<Page['getByRole']>) => Promise<void> = async () => {},
  resultText = `已导入 ${expectedValid} 条活动记录`,
) {
  await page.goto('/import');
  await expect(page.getByRole('heading', { name: '导入表格' })).toBeVisible();
  await page.locator('input[type="file"]').setInputFiles(fixture(name));
  const mapping = page.getByRole('region', { name: '对应列' });
  await expect(mapping).toBeVisible();
  await expectNoA11yViolations(page);
  await mapping.getByRole('button', { name: '检查并预览' }).click();
  const preview = page.getByRole('region', { name: '预览' });
  await expect(preview.getByTestId('import-counts')).toContainText(`${expectedValid} 行可以导入`);
  await check(preview);
  await expectNoA11yViolations(page);
  await preview.getByRole('button', { name: `导入 ${expectedValid} 条记录` }).click();
  const result = page.getByRole('region', { name: '导入结果' });
  await expect(result).toContainText(resultText);
  await expectNoA11yViolations(page);
  return result;
}

test.describe('import', () => {
  test.setTimeout(240_000);

  test('imports a GBK CSV: valid rows reach the KPIs, the result links to the ledger, hostile text stays text', async ({
    page,
  }) => {
    const before = await activitiesKpi(page);
    const result = await importFile(page, 'activities-gbk.csv', 3, async (preview) => {
      // The preview's rows come page by page from the worker; the bad rows are listed.
      const table = preview.getByRole('region', { name: '导入预览（可滚动）' });
      await expect(table.getByRole('row')).toHaveCount(5);
      await expect(table).toContainText('区不对的一行');
      await preview.getByLabel('只看有问题的行').uncheck();
      await expect(table.getByRole('row')).toHaveCount(8);
      await expect(table).toContainText('=HYPERLINK("http://example.com","点击查看")');
    });
    await expect(result).toContainText('跳过 4 行');

    // The preview showed the hostile string as text; nothing became markup.
    expect(await page.locator('img').count()).toBe(0);

    await result.getByRole('link', { name: '到台账查看' }).click();
    await expect(page).toHaveURL(/\/ledger/);

    expect(await activitiesKpi(page)).toBe(before + 3);
  });

  test('imports an XLSX with Chinese headers under a merged title row', async ({ page }) => {
    const before = await activitiesKpi(page);
    await importFile(page, 'activities.xlsx', 3);
    expect(await activitiesKpi(page)).toBe(before + 3);
  });

  test('imports fund allocations from a CSV: the funds KPI and the ledger change', async ({
    page,
  }) => {
    await activitiesKpi(page);
    const kpi = page.locator('[data-kpi="funds"] .kpi__value');
    await expect(kpi).toHaveText(/\d/);
    const kpiBefore = await kpi.innerText();
    const before = await fundsYuan(page);

    const result = await importFile(
      page,
      'funds.csv',
      3,
      async (preview) => {
        await expect(preview.getByTestId('import-counts')).toContainText('5 行有问题将跳过');
        await expect(preview.getByRole('list', { name: '问题' })).toContainText(
          '接收区：不是北京的区（1 行）',
        );
      },
      '已导入 3 条资金拨付记录',
    );
    await expect(result).toContainText('跳过 5 行');
    expect(await page.locator('img').count()).toBe(0);

    expect(await fundsYuan(page)).toBe(before + 130_000);
    await activitiesKpi(page);
    await expect(kpi).not.toHaveText(kpiBefore);

    await page.goto(`/ledger?view=funds&q=${encodeURIComponent('门头沟区受灾职工帮扶')}`);
    await expect(page.locator('#main')).toContainText('门头沟区受灾职工帮扶', { timeout: 30_000 });
  });

  test('refuses a file that is not CSV or XLSX, with a clear message, in English too', async ({
    page,
  }) => {
    await page.goto('/import?lang=en');
    await page.locator('input[type="file"]').setInputFiles({
      name: 'photo.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]),
    });
    await expect(page.getByRole('alert')).toContainText('This is not a CSV or XLSX file');
    await expectNoA11yViolations(page);
  });
});
