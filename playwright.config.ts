import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from '@playwright/test';
import { chromiumArgs, resolveChromium } from './tests/e2e/support/browser';

// E2E_PORT / E2E_DIST let two checkouts or build directories be tested side by side.
const PORT = Number(process.env.E2E_PORT ?? 4173);
const DIST = process.env.E2E_DIST ?? 'dist';
const baseURL = `http://127.0.0.1:${PORT}`;

// The tests run against the production build served like production (scripts/serve-dist.mjs).
// Fail loudly rather than test a stale or missing build.
const distIndex = resolve(fileURLToPath(new URL('.', import.meta.url)), DIST, 'index.html');
if (!existsSync(distIndex)) {
  throw new Error(`${distIndex} is missing: run npm run build first.`);
}

export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: process.env.E2E_OUTPUT ?? 'test-results',
  fullyParallel: false,
  workers: 1, // 2-core machine; the browser and the static server share it
  retries: 0,
  forbidOnly: !!process.env.CI,
  reporter: 'list',
  // A 2-core CI box: the first visit starts the service worker and seeds IndexedDB.
  timeout: 90_000,
  expect: { timeout: 20_000 },
  use: {
    baseURL,
    viewport: { width: 1366, height: 768 },
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    serviceWorkers: 'allow', // the embedded backend (MSW) runs in a service worker
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: resolveChromium(), // throws with install instructions if there is none
      args: [...chromiumArgs],
    },
  },
  projects: [{ name: 'chromium' }],
  webServer: {
    command: `node scripts/serve-dist.mjs --port ${PORT} --dir ${DIST}`,
    url: baseURL,
    reuseExistingServer: false,
    timeout: 30_000,
    stdout: 'pipe',
    stderr: 'pipe',
  },
});
