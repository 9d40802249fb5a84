import { expect, type Page } from '@playwright/test';

/**
 * A point of a district's shape where the shape is the page's topmost element (no label or
 * cluster over it), near its top edge: the site markers lie inside districts, away from edges.
 * `codes`: the first of these districts with such a point in view.
 */
async function pointOnDistrict(page: Page, ...codes: string[]) {
  const point = await page.evaluate((wanted) => {
    // The map's box, not the shape: that would scroll Leaflet's own (clipped) container.
    const container = document.querySelector('.leaflet-container')!;
    container.scrollIntoView({ block: 'center' });
    const frame = container.getBoundingClientRect();
    for (const code of wanted) {
      const shape = document.querySelector(`path[data-district="${code}"]`)!;
      const box = shape.getBoundingClientRect();
      const bottom = Math.min(box.bottom, frame.bottom, window.innerHeight);
      const right = Math.min(box.right, frame.right, window.innerWidth);
      for (let y = Math.max(box.top, frame.top, 0) + 4; y < bottom; y += 4)
        for (let x = Math.max(box.left, frame.left, 0) + 4; x < right; x += 4)
          if (document.elementFromPoint(x, y) === shape) return { x, y, code };
    }
    return null;
  }, codes);
  expect(point, `a visible point of district ${codes.join(' or ')}`).not.toBeNull();
  return point!;
}

/**
 * Clicks a district's shape where no site marker, label or cluster is (a click on a marker opens
 * that site); `codes` as for pointOnDistrict. Returns the district clicked.
 */
export async function clickDistrict(page: Page, ...codes: string[]): Promise<string> {
  const point = await pointOnDistrict(page, ...codes);
  await page.mouse.click(point.x, point.y);
  return point.code;
}
