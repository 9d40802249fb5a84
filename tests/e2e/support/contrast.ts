import type { Locator } from '@playwright/test';

/**
 * The lowest contrast ratio (WCAG 2) between the axis text of the charts under `scope` (tick
 * labels and axis titles) and the background they are drawn on. axe does not check SVG text, so
 * the specs measure it: these labels are what a reader uses to read a bar's value.
 */
export async function lowestAxisTextContrast(scope: Locator): Promise<number> {
  return scope.evaluate((root) => {
    const rgb = (color: string) => {
      const m = color.match(/rgba?\(([\d.]+),\s*([\d.]+),\s*([\d.]+)(?:,\s*([\d.]+))?\)/);
      if (!m) throw new Error(`unreadable colour ${color}`);
      return { rgb: [m[1], m[2], m[3]].map(Number), alpha: m[4] === undefined ? 1 : Number(m[4]) };
    };
    const luminance = ([r, g, b]: number[]) => {
      const lin = (c: number) => {
        const s = c / 255;
        return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
      };
      return 0.2126 * lin(r!) + 0.7152 * lin(g!) + 0.0722 * lin(b!);
    };
    const background = (el: Element) => {
      for (let at: Element | null = el; at; at = at.parentElement) {
        const c = rgb(getComputedStyle(at).backgroundColor);
        if (c.alpha === 1) return c.rgb;
      }
      return [255, 255, 255];
    };
    const texts = Array.from(
      root.querySelectorAll('.recharts-cartesian-axis-tick-value, .recharts-label'),
    );
    if (texts.length === 0) throw new Error('no axis text drawn');
    return Math.min(
      ...texts.map((text) => {
        const fg = luminance(rgb(getComputedStyle(text).fill).rgb);
        const bg = luminance(background(text));
        return (Math.max(fg, bg) + 0.05) / (Math.min(fg, bg) + 0.05);
      }),
    );
  });
}
