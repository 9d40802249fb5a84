import { expect, expectNoA11yViolations, test } from './support/fixtures';

test.describe('overview', () => {
  test('shows the key figures in Chinese by default, accessibly', async ({ page }) => {
    await page.goto('/');

    const kpis = page.getByRole('region', { name: '关键指标' });
    await expect(kpis).toBeVisible();
    const firstValue = kpis.locator('.kpi__value').first();
    await expect(firstValue).toBeVisible();
    await expect(firstValue).toHaveText(/\d/);

    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
    await expect(page.getByRole('heading', { level: 1 })).toContainText('防汛救灾');

    await expectNoA11yViolations(page);
  });

  test('switches to English with ?lang=en, accessibly', async ({ page }) => {
    await page.goto('/?lang=en');

    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    const kpis = page.getByRole('region', { name: 'Key figures' });
    await expect(kpis).toBeVisible();
    await expect(kpis.locator('.kpi__value').first()).toHaveText(/\d/);

    await expectNoA11yViolations(page);
  });
});
