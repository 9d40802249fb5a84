// @ts-check
/** Lighthouse 12, desktop preset, median of N runs per route, against the local build. */
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { chromium } from 'playwright-core';
import { chromiumArgs, resolveChromium } from '../lib/chromium.mjs';

const PORT = 9333;

/** @param {number[]} values */
export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2
    ? (sorted[mid] ?? NaN)
    : ((sorted[mid - 1] ?? NaN) + (sorted[mid] ?? NaN)) / 2;
}

/**
 * @param {string} baseUrl
 * @param {string[]} routes
 * @param {number} runs
 */
export async function runLighthouse(baseUrl, routes, runs) {
  const browser = await chromium.launch({
    executablePath: resolveChromium(),
    args: [...chromiumArgs, `--remote-debugging-port=${PORT}`],
  });
  /** @type {Record<string, { performance: number, accessibility: number, lcp: number, tbt: number, cls: number }>} */
  const results = {};
  try {
    for (const route of routes) {
      /** @type {{ performance: number[], accessibility: number[], lcp: number[], tbt: number[], cls: number[] }} */
      const samples = { performance: [], accessibility: [], lcp: [], tbt: [], cls: [] };
      for (let i = 0; i < runs; i += 1) {
        const result = await lighthouse(
          `${baseUrl}${route}`,
          {
            port: PORT,
            output: 'json',
            logLevel: 'error',
            onlyCategories: ['performance', 'accessibility'],
          },
          desktopConfig,
        );
        const lhr = result?.lhr;
        if (!lhr) throw new Error(`lighthouse gave no result for ${route}`);
        // A failed run (a protocol timeout, no paint seen) has no scores: say so, and take the
        // median of the others rather than printing NaN.
        if (lhr.runtimeError) {
          console.log(
            `  lighthouse ${route}: run ${i + 1} failed (${lhr.runtimeError.code}: ${lhr.runtimeError.message}); median of the others`,
          );
          continue;
        }
        samples.performance.push(lhr.categories.performance?.score ?? NaN);
        samples.accessibility.push(lhr.categories.accessibility?.score ?? NaN);
        samples.lcp.push(lhr.audits['largest-contentful-paint']?.numericValue ?? NaN);
        samples.tbt.push(lhr.audits['total-blocking-time']?.numericValue ?? NaN);
        samples.cls.push(lhr.audits['cumulative-layout-shift']?.numericValue ?? NaN);
        if (samples.accessibility.length === 1) {
          const failing = Object.values(lhr.audits)
            .filter(
              (a) =>
                a.score !== null &&
                a.score < 1 &&
                lhr.categories.accessibility?.auditRefs.some((r) => r.id === a.id),
            )
            .map((a) => a.id);
          if (failing.length)
            console.log(
              `  lighthouse ${route}: accessibility audits below 1: ${failing.join(', ')}`,
            );
        }
      }
      results[route] = {
        performance: median(samples.performance),
        accessibility: median(samples.accessibility),
        lcp: median(samples.lcp),
        tbt: median(samples.tbt),
        cls: median(samples.cls),
      };
    }
  } finally {
    await browser.close();
  }
  return results;
}
