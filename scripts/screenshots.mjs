#!/usr/bin/env node
/* global document -- used inside page.waitForFunction, which runs in the browser */
// @ts-check
/**
 * Capture the dashboard at presentation sizes, in Chinese and English, from the production build.
 *
 *   npm run build && node scripts/screenshots.mjs [--routes /,/present] [--port 4180] [--dir dist] [--out docs/screenshots]
 *
 * Writes docs/screenshots/<route>-<lang>-<width>x<height>.png ("overview" for "/").
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { chromiumArgs, resolveChromium } from './lib/chromium.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));

const { values } = parseArgs({
  options: {
    routes: { type: 'string', default: '/' },
    port: { type: 'string', default: '4180' },
    dir: { type: 'string', default: 'dist' },
    out: { type: 'string', default: 'docs/screenshots' },
  },
});
const routes = (values.routes ?? '/')
  .split(',')
  .map((route) => route.trim())
  .filter(Boolean)
  .map((route) => (route.startsWith('/') ? route : `/${route}`));
const port = Number(values.port);
const origin = `http://127.0.0.1:${port}`;

const SIZES = [
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 },
  { width: 3840, height: 2160 },
];
const LANGUAGES = [
  { code: 'zh-CN', locale: 'zh-CN', query: '' },
  { code: 'en', locale: 'en-US', query: 'lang=en' },
];

/** "/" → "overview", "/present" → "present", "/a/b" → "a-b". @param {string} route */
function routeName(route) {
  const path = route.split('?')[0]?.replace(/^\/+|\/+$/g, '') ?? '';
  return path === '' ? 'overview' : path.replace(/[^\w-]+/g, '-');
}

/** @param {string} route @param {string} query */
function withQuery(route, query) {
  if (!query) return route;
  return `${route}${route.includes('?') ? '&' : '?'}${query}`;
}

/** @param {string} url @param {number} timeoutMs */
async function waitForServer(url, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // not up yet
    }
    await sleep(200);
  }
  throw new Error(`The static server did not answer at ${url} within ${timeoutMs / 1000}s.`);
}

async function main() {
  if (!existsSync(resolve(root, values.dir ?? 'dist', 'index.html'))) {
    throw new Error(`${values.dir}/index.html is missing: run npm run build first.`);
  }
  const executablePath = resolveChromium();
  const outDir = `${resolve(root, values.out ?? 'docs/screenshots')}/`;
  mkdirSync(outDir, { recursive: true });

  const server = spawn(
    process.execPath,
    ['scripts/serve-dist.mjs', '--port', String(port), '--dir', values.dir ?? 'dist'],
    {
      cwd: root,
      stdio: ['ignore', 'inherit', 'inherit'],
    },
  );
  const serverExited = new Promise((_, reject) =>
    server.once('exit', (code) => reject(new Error(`serve-dist exited early (code ${code}).`))),
  );
  serverExited.catch(() => {}); // only matters while waiting below

  const browser = await chromium.launch({ executablePath, args: [...chromiumArgs] });
  try {
    await Promise.race([waitForServer(origin, 15_000), serverExited]);
    for (const language of LANGUAGES) {
      for (const size of SIZES) {
        // A fresh context per shot: the chosen language is remembered in localStorage.
        const context = await browser.newContext({
          viewport: size,
          deviceScaleFactor: 1,
          locale: language.locale,
          timezoneId: 'Asia/Shanghai',
          serviceWorkers: 'allow',
        });
        const page = await context.newPage();
        page.on('pageerror', (error) => console.error(`  page error: ${error.message}`));
        for (const route of routes) {
          const url = `${origin}${withQuery(route, language.query)}`;
          await page.goto(url, { waitUntil: 'networkidle' });
          await waitUntilSettled(page);
          const file = `${outDir}${routeName(route)}-${language.code}-${size.width}x${size.height}.png`;
          await page.screenshot({ path: file, fullPage: false });
          console.log(`  ${file.slice(root.length)}`);
        }
        await context.close();
      }
    }
  } finally {
    await browser.close();
    server.kill('SIGTERM');
  }
}

/**
 * The first visit starts the embedded backend (service worker + IndexedDB) before any data
 * arrives: wait until something is rendered and no loading state is left, then a moment more
 * for charts and the map to draw.
 * @param {import('playwright-core').Page} page
 */
async function waitUntilSettled(page) {
  await page
    .waitForFunction(
      () => {
        const content = document.querySelector('#main, .present');
        if (!content || content.childElementCount === 0) return false;
        return document.querySelectorAll('.state--loading, [aria-busy="true"]').length === 0;
      },
      undefined,
      { timeout: 60_000, polling: 250 },
    )
    .catch(() => console.warn('  (still loading after 60 s; taking the shot anyway)'));
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(1_000);
}

main().catch((error) => {
  console.error(`screenshots: ${error instanceof Error ? error.message : error}`);
  process.exit(1);
});
