import { resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, expectNoA11yViolations, test } from './support/fixtures';

const fixture = (name: string) => resolve(process.cwd(), 'tests/fixtures/import', name);

async function activitiesKpi(page: Page): Promise<number> {
  await page.goto('/');
  const value = page.locator('[data-kpi="activities"] .kpi__value');
  // The overview computes its figures over the whole demo dataset: allow it time on a busy machine.
  await expect(value).toHaveText(/\d/, { timeout: 60_000 });
  return Number((await value.innerText()).replace(/[^\d]/g, ''));
}

async function importFile(page: Page, name: string, expectedValid: number) {
  await page.goto('/import');
  await expect(page.getByRole('heading', { name: '导入表格' })).toBeVisible();
  await page.locator('input[type="file"]').setInputFiles(fixture(name));
  const mapping = page.getByRole('region', { name: '对应列' });
  await expect(mapping).toBeVisible();
  await expectNoA11yViolations(page);
  await mapping.getByRole('button', { name: '检查并预览' }).click();
  const preview = page.getByRole('region', { name: '预览' });
  await expect(preview.getByTestId('import-counts')).toContainText(`${expectedValid} 行可以导入`);
  await expectNoA11yViolations(page);
  await preview.getByRole('button', { name: `导入 ${expectedValid} 条记录` }).click();
  const result = page.getByRole('region', { name: '导入结果' });
  await expect(result).toContainText(`已导入 ${expectedValid} 条活动记录`);
  await expectNoA11yViolations(page);
  return result;
}

test.describe('import', () => {
  test.setTimeout(240_000);

  test('imports a GBK CSV: valid rows reach the KPIs, the result links to the ledger, hostile text stays text', async ({
    page,
  }) => {
    const before = await activitiesKpi(page);
    const result = await importFile(page, 'activities-gbk.csv', 3);
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
