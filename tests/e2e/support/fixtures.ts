/**
 * The `test` every end-to-end spec uses. Automatically, for every test:
 *  - no request may leave the machine (the dashboard must work offline: MSW backend, bundled data);
 *  - no console error or uncaught page error may occur (opt out of a known one with
 *    `test.use({ allowedConsoleErrors: [/pattern/] })`).
 * Plus expectNoA11yViolations(page) for an axe scan (WCAG 2.1 A/AA, serious and critical).
 *
 * A spec of online map tiles declares the tile hosts it intercepts with
 * `test.use({ interceptedHosts: [/\.is\.autonavi\.com$/] })`: requests to those hosts are then
 * allowed, but only ever answered in the browser (the spec's own context.route/page.route, else
 * aborted here), so they still never leave the machine. Any other host still fails the test.
 * (Give one RegExp per option: Playwright reads a two-element array as [value, fixture options].)
 */
import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Page } from '@playwright/test';

const LOCAL_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);
const LOCAL_SCHEMES = new Set(['data:', 'blob:', 'about:', 'chrome:', 'chrome-extension:']);

function isExternal(url: string, interceptedHosts: readonly RegExp[] = []): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return true;
  }
  if (LOCAL_SCHEMES.has(parsed.protocol)) return false;
  if (parsed.protocol === 'https:' && interceptedHosts.some((h) => h.test(parsed.hostname))) {
    return false;
  }
  return !LOCAL_HOSTS.has(parsed.hostname);
}

type Options = {
  /** Console errors matching one of these do not fail the test. */
  allowedConsoleErrors: RegExp[];
  /** Hosts (https only) whose requests this spec answers with a route; never reach the network. */
  interceptedHosts: RegExp[];
};

type Guards = {
  _offlineAndQuiet: void;
};

export const test = base.extend<Options & Guards>({
  allowedConsoleErrors: [[], { option: true }],
  interceptedHosts: [[], { option: true }],

  _offlineAndQuiet: [
    async ({ context, allowedConsoleErrors, interceptedHosts }, use, testInfo) => {
      const external: string[] = [];
      const errors: string[] = [];

      if (interceptedHosts.length > 0) {
        // The fallback for intercepted hosts: a spec's own routes (registered later) come first.
        await context.route(
          (url) => !isExternal(url.href, interceptedHosts) && isExternal(url.href),
          (route) => route.abort('blockedbyclient'),
        );
      }
      context.on('request', (request) => {
        if (isExternal(request.url(), interceptedHosts)) {
          external.push(`${request.method()} ${request.url()}`);
        }
      });
      context.on('console', (message) => {
        if (message.type() !== 'error') return;
        const text = message.text();
        if (allowedConsoleErrors.some((pattern) => pattern.test(text))) return;
        const { url, lineNumber } = message.location();
        errors.push(`console.error: ${text}${url ? ` (${url}:${lineNumber})` : ''}`);
      });
      context.on('weberror', (webError) => {
        const error = webError.error();
        errors.push(`page error: ${error.stack ?? error.message}`);
      });

      await use();

      const problems: string[] = [];
      if (external.length > 0) {
        problems.push(
          `${external.length} request(s) left the machine (the dashboard must work offline):\n` +
            external.map((line) => `  ${line}`).join('\n'),
        );
      }
      if (errors.length > 0) {
        problems.push(
          `${errors.length} console/page error(s):\n` +
            errors.map((line) => `  ${line}`).join('\n'),
        );
      }
      if (problems.length > 0) {
        await testInfo.attach('offline-and-quiet', {
          body: problems.join('\n\n'),
          contentType: 'text/plain',
        });
        throw new Error(problems.join('\n\n'));
      }
    },
    { auto: true },
  ],
});

export { expect };

/** Waits until the embedded API also answers a test's own fetch() (see scripts/lib/demo-api.mjs). */
export { demoApiAnswersPage, generateDemoData } from '../../../scripts/lib/demo-api.mjs';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const FAILING_IMPACTS = new Set(['serious', 'critical']);

/** Run axe on the page (or on `include`, a CSS selector) and fail on serious/critical violations. */
export async function expectNoA11yViolations(
  page: Page,
  { include, exclude }: { include?: string; exclude?: string } = {},
): Promise<void> {
  let builder = new AxeBuilder({ page }).withTags(WCAG_TAGS);
  if (include) builder = builder.include(include);
  if (exclude) builder = builder.exclude(exclude);
  const results = await builder.analyze();

  const failing = results.violations.filter((v) => FAILING_IMPACTS.has(v.impact ?? ''));
  await test.info().attach(`axe${include ? ` ${include}` : ''}`, {
    body: JSON.stringify(results.violations, null, 2),
    contentType: 'application/json',
  });

  const report = failing
    .map((violation) =>
      [
        `[${violation.impact}] ${violation.id}: ${violation.help}`,
        `  ${violation.helpUrl}`,
        ...violation.nodes.map((node) => `  - ${node.target.join(' ')}`),
      ].join('\n'),
    )
    .join('\n');
  expect(
    failing,
    `Accessibility violations (serious/critical) at ${page.url()}:\n${report}`,
  ).toHaveLength(0);
}
