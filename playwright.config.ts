import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from '@playwright/test';
import { chromiumArgs, resolveChromium } from './tests/e2e/support/browser';

// E2E_PORT / E2E_DIST let two checkouts or build directories be tested side by side.
const PORT = Number(process.env.E2E_PORT ?? 4173);
const DIST = process.env.E2E_DIST ?? 'dist';
const baseURL = `http://127.0.0.1:${PORT}`;

// The map's online tiles (tests/e2e/map-tiles.spec.ts, project "tiles") need their own production
// build, made with VITE_ONLINE_TILES into E2E_TILES_DIST (default dist-tiles/) and served on
// E2E_TILES_PORT (default E2E_PORT + 100) with a CSP that allows those tile origins. Its web server
// builds it first, so `npm test` needs no extra step and never tests a stale tiles build. A run
// whose file filters name only other specs, or whose --project is not "tiles", skips that build;
// E2E_TILES=1 or 0 forces the choice.
const TILES = 'osm,amap';
const TILES_PORT = Number(process.env.E2E_TILES_PORT ?? PORT + 100);
const TILES_DIST = process.env.E2E_TILES_DIST ?? 'dist-tiles';
const TILES_SPEC = /map-tiles\.spec\.ts$/;
const tilesURL = `http://127.0.0.1:${TILES_PORT}`;

/** Options of `playwright test` that take a value, so that value is not read as a file filter. */
const VALUE_OPTIONS = new Set(
  '-c --config -g --grep -G --grep-invert --project -j --workers --reporter --output --timeout --retries --max-failures --repeat-each --shard --trace --global-timeout --tsconfig'.split(
    ' ',
  ),
);

/** Whether this command line runs the tiles spec: no file filter, or one that matches it. */
function commandRunsTiles(argv: readonly string[]): boolean {
  const at = argv.indexOf('test');
  if (at < 0) return true;
  const filters: string[] = [];
  const projects: string[] = [];
  for (let i = at + 1; i < argv.length; i += 1) {
    const arg = argv[i] ?? '';
    if (arg.startsWith('--project=')) projects.push(arg.slice('--project='.length));
    if (arg.startsWith('-')) {
      if (arg === '--project') projects.push(argv[i + 1] ?? '');
      if (VALUE_OPTIONS.has(arg)) i += 1;
      continue;
    }
    filters.push(arg.replace(/(:\d+){1,2}$/, ''));
  }
  if (projects.length > 0 && !projects.includes('tiles')) return false;
  return (
    filters.length === 0 ||
    filters.some((f) => {
      try {
        return new RegExp(f).test('tests/e2e/map-tiles.spec.ts') || TILES_SPEC.test(f);
      } catch {
        return f.includes('map-tiles');
      }
    })
  );
}
// Decided once in the runner; its workers inherit the answer.
process.env.E2E_TILES ??= commandRunsTiles(process.argv) ? '1' : '0';
const withTiles = process.env.E2E_TILES === '1';

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
  projects: [
    { name: 'chromium', testIgnore: TILES_SPEC },
    ...(withTiles ? [{ name: 'tiles', testMatch: TILES_SPEC, use: { baseURL: tilesURL } }] : []),
  ],
  webServer: [
    {
      command: `node scripts/serve-dist.mjs --port ${PORT} --dir ${DIST}`,
      url: baseURL,
      reuseExistingServer: false,
      timeout: 30_000,
      stdout: 'pipe',
      stderr: 'pipe',
    },
    ...(withTiles
      ? [
          {
            command:
              `npx vite build --outDir ${TILES_DIST} --emptyOutDir --logLevel warn && ` +
              `node scripts/serve-dist.mjs --port ${TILES_PORT} --dir ${TILES_DIST} --tiles ${TILES}`,
            env: { VITE_ONLINE_TILES: TILES },
            url: tilesURL,
            reuseExistingServer: false,
            timeout: 180_000, // a production build on a loaded 2-core machine, then the server
            stdout: 'pipe' as const,
            stderr: 'pipe' as const,
          },
        ]
      : []),
  ],
});
