import { expect, test } from './support/fixtures';

/** The first paint waits for the embedded backend (a service worker); a busy CI box is slow. */
const FIRST_LOAD = { timeout: 60_000 };

test.describe('print', () => {
  test.slow();

  test('the printed report shows the scope and as-of time, hides navigation, fits A4', async ({
    page,
  }, testInfo) => {
    await page.goto('/?from=2023-08-01&to=2023-08-15&district=110111');
    await expect(page.getByRole('button', { name: '打印报告' })).toBeVisible(FIRST_LOAD);
    await expect(page.getByRole('region', { name: '关键指标' })).toBeVisible(FIRST_LOAD);

    // Charts far below the fold are not drawn on screen yet; printing draws every one.
    await page.emulateMedia({ media: 'print' });
    await expect
      .poll(() => page.locator('.chart-card .recharts-surface').count(), FIRST_LOAD)
      .toBeGreaterThanOrEqual(5);
    await expect(page.getByRole('navigation', { name: '主导航' })).toBeHidden();
    await expect(page.getByRole('button', { name: '打印报告' })).toBeHidden();
    await expect(page.getByRole('combobox', { name: '时间范围' })).toBeHidden();
    const scope = page.getByTestId('scope-words');
    await expect(scope).toBeVisible();
    await expect(scope).toHaveText('2023年8月1日至2023年8月15日；房山区');
    await expect(page.getByTestId('data-as-of')).toBeVisible();
    await expect(page.getByTestId('data-as-of')).toContainText('数据截至');
    await expect(page.getByRole('region', { name: '关键指标' })).toBeVisible();

    // Every chart fits the printable width of A4 (210 mm − 2 × 12 mm margins ≈ 703 px).
    await page.setViewportSize({ width: 703, height: 1000 });
    const widths = await page
      .locator('.chart-card .recharts-surface')
      .evaluateAll((svgs) => svgs.map((s) => s.getBoundingClientRect().right));
    expect(widths.length).toBeGreaterThanOrEqual(5);
    for (const right of widths) expect(right).toBeLessThanOrEqual(703);

    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    await testInfo.attach('report.pdf', { body: pdf, contentType: 'application/pdf' });
  });

  test('the print button opens the browser print dialog', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('button', { name: '打印报告' })).toBeVisible(FIRST_LOAD);
    await page.evaluate(() => {
      (window as unknown as { printed: number }).printed = 0;
      window.print = () => {
        (window as unknown as { printed: number }).printed += 1;
      };
    });
    await page.getByRole('button', { name: '打印报告' }).click();
    expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
  });
});
