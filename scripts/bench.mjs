// @ts-check
/* global window -- used inside page.evaluate, which runs in the browser */
/**
 * npm run bench — performance figures of the production build in Debian's Chromium.
 *
 *   node scripts/bench.mjs [--skip-build] [--runs 5] [--soak-minutes 3] [--activities 100000]
 *                          [--sites 5000] [--skip-lighthouse] [--skip-soak] [--skip-import]
 *                          [--import-rows 100000] [--only import] [--dir dist] [--repeats 5]
 *
 * Prints: initial JS/CSS per route (gzip, transferred) against the floor of the libraries used;
 * Lighthouse (desktop, median of --runs) for the overview and /present; main-thread work of a
 * filter change (the first ones, then the median of --repeats more) and of the map (first draw,
 * change of measure); the longest task; JS heap —
 * with the seed data and with a generated dataset; the import of a 100,000-row CSV through the
 * UI; and the presentation soak. `--only import` runs just the import step; `--dir` serves
 * another build directory (with --skip-build).
 * Budgets are printed next to each figure. Not part of npm test: figures, not assertions.
 */
import { spawnSync } from 'node:child_process';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import {
  heapMb,
  workerHeapsMb,
  measureChange,
  measures,
  painted,
  pushRoute,
  recordLongTasks,
  scrollToCharts,
  trackApi,
  transferSizes,
} from './bench/browser-metrics.mjs';
import { measureFloor } from './bench/floor.mjs';
import { benchImport } from './bench/import.mjs';
import { runLighthouse } from './bench/lighthouse.mjs';
import { startServer } from './bench/server.mjs';
import { soak } from './bench/soak.mjs';
import { demoApiAnswersPage, generateDemoData } from './lib/demo-api.mjs';
import { chromiumArgs, resolveChromium } from './lib/chromium.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const { values: args } = parseArgs({
  options: {
    'skip-build': { type: 'boolean', default: false },
    'skip-lighthouse': { type: 'boolean', default: false },
    'skip-soak': { type: 'boolean', default: false },
    'skip-import': { type: 'boolean', default: false },
    'import-rows': { type: 'string', default: '100000' },
    only: { type: 'string' },
    dir: { type: 'string' },
    runs: { type: 'string', default: '5' },
    repeats: { type: 'string', default: '5' },
    'soak-minutes': { type: 'string', default: '3' },
    activities: { type: 'string', default: '100000' },
    sites: { type: 'string', default: '5000' },
    port: { type: 'string', default: '4791' },
  },
});

const kb = (/** @type {number} */ bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const ms = (/** @type {number} */ v) => (Number.isFinite(v) ? `${Math.round(v)} ms` : 'n/a');
const mark = (/** @type {boolean} */ ok) => (ok ? 'ok' : 'OVER');

/** @param {string} title @param {string[][]} rows */
function table(title, rows) {
  const widths = rows[0]?.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length))) ?? [];
  console.log(`\n${title}`);
  for (const [index, row] of rows.entries()) {
    console.log(`  ${row.map((c, i) => c.padEnd(widths[i] ?? 0)).join('  ')}`);
    if (index === 0) console.log(`  ${widths.map((w) => '-'.repeat(w)).join('  ')}`);
  }
}

const ROUTES = [
  ['/', '[data-kpi] .kpi__value'],
  ['/present?paused=1', '.present-kpi__value'],
  ['/ledger', '#main'],
  ['/entry/activity', '#main'],
  ['/import', '#main'],
];

/**
 * Filter change, map draw and measure change, longest task and heap for the data now loaded.
 * @param {import('playwright-core').Browser} browser
 * @param {string} baseUrl
 * @param {string} label
 * @param {{ activities: number, sites: number } | null} generate
 */
async function interactions(browser, baseUrl, label, generate) {
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  const api = await trackApi(cdp);
  const ready = () => page.waitForSelector('[data-kpi] .kpi__value', { timeout: 180_000 });

  await page.goto(`${baseUrl}/`);
  await ready();
  await demoApiAnswersPage(page);
  if (generate) {
    process.stdout.write(
      `  generating ${generate.activities} activities and ${generate.sites} sites…\n`,
    );
    await generateDemoData(page, { ...generate, seed: 1 });
    await page.reload();
    await ready();
    await demoApiAnswersPage(page);
  }
  await api.settled();
  await recordLongTasks(page);
  const mapDraw = (await measures(page, 'map:draw')).at(-1) ?? NaN;

  const filter = await measureChange(page, cdp, api, () => pushRoute(page, '/?district=110111'));
  const filter2 = await measureChange(page, cdp, api, () =>
    pushRoute(page, '/?type=goods_delivery&from=2023-08-01'),
  );
  // Same filters as before, only the map's measure changes: chosen in the map's select, as a
  // reader would (that also marks map:measure-change, the map's own part of it).
  const measure = await measureChange(page, cdp, api, () =>
    page
      .locator('.relief-map__controls select')
      .first()
      .selectOption('workers')
      .then(() => {}),
  );
  const mapMeasure = (await measures(page, 'map:measure-change')).at(-1) ?? NaN;
  // Charts off screen keep their drawing until scrolled to: measure a change with the charts
  // on screen too, so the figure is not only the top of the page.
  await scrollToCharts(page);
  await api.settled();
  await painted(page);
  const chartsOnScreen = await measureChange(page, cdp, api, () =>
    pushRoute(page, '/?type=goods_delivery&from=2023-08-01&district=110111'),
  );
  const repeated = await repeatedChanges(page, cdp, api, Number(args.repeats));
  const heap = await heapMb(cdp);
  const workerHeaps = await workerHeapsMb(cdp);

  if (generate) {
    await page.evaluate(() => fetch('/api/v1/demo/reset', { method: 'POST' }));
  }
  await context.close();
  return {
    label,
    mapDraw,
    filter,
    filter2,
    chartsOnScreen,
    repeated,
    measure,
    mapMeasure,
    heap,
    workerHeaps,
  };
}

/** @typedef {Awaited<ReturnType<typeof measureChange>>} Change */

/**
 * Each figure of `changes` on its own, the median of its values; the longest task is the longest
 * of all (the budget is that no task exceeds 200 ms, not the typical one).
 * @param {Change[]} changes
 */
function medianChange(changes) {
  /** @param {(c: Change) => number} pick */
  const median = (pick) => {
    const values = changes.map(pick).sort((a, b) => a - b);
    return values[Math.floor(values.length / 2)] ?? NaN;
  };
  return {
    mainThreadMs: median((c) => c.mainThreadMs),
    mainThreadCpuMs: median((c) => c.mainThreadCpuMs),
    wallMs: median((c) => c.wallMs),
    longestTaskMs: Math.max(...changes.map((c) => c.longestTaskMs)),
    apiAnswers: median((c) => c.apiAnswers),
  };
}

/**
 * The same three kinds of filter change again, `times` times from the top of an unfiltered
 * overview: the first changes above also pay for loading and compiling the code they use first
 * (the district panel, the charts), which a reader pays once. Each time with another district
 * and start date, so that the API is asked again (nothing comes from the query cache). Medians.
 * @param {import('playwright-core').Page} page
 * @param {import('playwright-core').CDPSession} cdp
 * @param {Parameters<typeof measureChange>[2]} api
 * @param {number} times
 */
async function repeatedChanges(page, cdp, api, times) {
  /** @type {{ district: Change[], typeDate: Change[], chartsOnScreen: Change[] }} */
  const runs = { district: [], typeDate: [], chartsOnScreen: [] };
  const districts = ['110114', '110116', '110109', '110117', '110118', '110112', '110113'];
  for (let i = 0; i < times; i++) {
    const district = districts[i % districts.length];
    const from = `2023-08-${String(2 + i).padStart(2, '0')}`;
    await pushRoute(page, '/');
    await page.evaluate(() => window.scrollTo(0, 0));
    await api.settled();
    await painted(page);
    runs.district.push(
      await measureChange(page, cdp, api, () => pushRoute(page, `/?district=${district}`)),
    );
    runs.typeDate.push(
      await measureChange(page, cdp, api, () =>
        pushRoute(page, `/?type=goods_delivery&from=${from}`),
      ),
    );
    await scrollToCharts(page);
    await api.settled();
    await painted(page);
    runs.chartsOnScreen.push(
      await measureChange(page, cdp, api, () =>
        pushRoute(page, `/?type=goods_delivery&from=${from}&district=${district}`),
      ),
    );
  }
  return {
    district: medianChange(runs.district),
    typeDate: medianChange(runs.typeDate),
    chartsOnScreen: medianChange(runs.chartsOnScreen),
  };
}

async function main() {
  if (!args['skip-build']) {
    const built = spawnSync('npx', ['vite', 'build'], { cwd: root, stdio: 'inherit' });
    if (built.status !== 0) process.exit(built.status ?? 1);
  }
  console.log(
    `\nbench ${new Date().toISOString()} · ${os.cpus()[0]?.model} ×${os.cpus().length} · ${Math.round(os.totalmem() / 2 ** 30)} GiB · node ${process.version}`,
  );
  const server = await startServer(Number(args.port), args.dir);
  const browser = await chromium.launch({
    executablePath: resolveChromium(),
    args: [...chromiumArgs],
  });
  try {
    if (args.only !== undefined && args.only !== 'import')
      throw new Error(`--only: unknown step ${args.only} (known: import)`);
    if (args.only !== 'import') await otherSteps(browser, server.url);
    if (!args['skip-import']) await importStep(browser, server.url);
  } finally {
    await browser.close();
    server.stop();
  }
}

/**
 * @param {import('playwright-core').Browser} browser
 * @param {string} baseUrl
 */
async function importStep(browser, baseUrl) {
  const rows = Number(args['import-rows']);
  const r = await benchImport(browser, baseUrl, rows);
  const s = (/** @type {number} */ v) => `${(v / 1000).toFixed(2)} s`;
  table(
    `Import of a ${rows}-row CSV (${(r.bytes / 2 ** 20).toFixed(1)} MB, Chinese headers) through the UI`,
    [
      ['parse', 'validate', 'send', 'total', 'longest task', 'longest frame gap', 'budget'],
      [
        s(r.parseMs),
        s(r.validateMs),
        s(r.sendMs),
        s(r.totalMs),
        ms(r.longestTaskMs),
        ms(r.longestFrameGapMs),
        `total ≤10 s ${mark(r.totalMs <= 10_000)}`,
      ],
    ],
  );
  console.log(`  preview: ${r.counts.replace(/\s+/g, ' ')} · result: ${r.result}`);
  console.log(`  wall time incl. the bench's clicks: ${s(r.wallMs)}`);
}

/**
 * @param {import('playwright-core').Browser} browser
 * @param {string} baseUrl
 */
async function otherSteps(browser, baseUrl) {
  const server = { url: baseUrl };
  {
    // Sizes
    const floor = await measureFloor(root);
    const floorTotal = Object.values(floor).reduce((a, b) => a + b, 0);
    table('Floor: the libraries on their own (minified, gzip)', [
      ['library', 'gzip'],
      ...Object.entries(floor).map(([name, bytes]) => [name, kb(bytes)]),
      ['total', kb(floorTotal)],
    ]);
    // The first screen of a route does not draw charts below the fold, so it does not need
    // Recharts: its floor is the other libraries. Scrolled through, the overview needs them all.
    const { recharts: rechartsFloor = 0 } = floor;
    const sizeRows = [
      [
        'route',
        'first screen JS',
        'CSS',
        'demo backend JS',
        'JS / floor w/o recharts',
        'JS scrolled through',
        'JS / floor',
        'budget ≤300 KB',
      ],
    ];
    for (const [route, ready] of ROUTES) {
      const s = await transferSizes(browser, `${server.url}${route}`, ready ?? '#main', {
        scrollThrough: route === '/',
      });
      sizeRows.push([
        route ?? '',
        kb(s.js),
        kb(s.css),
        kb(s.backend),
        `${(s.js / (floorTotal - rechartsFloor)).toFixed(2)}×`,
        kb(s.jsAfterScroll),
        `${(s.jsAfterScroll / floorTotal).toFixed(2)}×`,
        `first ${mark(s.js <= 300 * 1024)}, scrolled ${mark(s.jsAfterScroll <= 300 * 1024)}`,
      ]);
    }
    table(
      'Transfer per route at 1366×768 (gzip; the demo backend is not loaded with a real API)',
      sizeRows,
    );

    // Interactions
    const seed = await interactions(browser, server.url, 'seed data', null);
    const activities = Number(args.activities);
    const sites = Number(args.sites);
    const large = await interactions(
      browser,
      server.url,
      `${activities} activities, ${sites} sites`,
      { activities, sites },
    );
    const rows = [
      [
        'dataset',
        'figure',
        'main thread',
        'its CPU',
        'wall',
        'longest task',
        'API answers',
        'budget',
      ],
    ];
    /** @param {string} dataset @param {string} figure @param {any} change @param {number} budget */
    const changeRow = (dataset, figure, change, budget) => [
      dataset,
      figure,
      ms(change.mainThreadMs),
      ms(change.mainThreadCpuMs),
      ms(change.wallMs),
      ms(change.longestTaskMs),
      String(change.apiAnswers),
      `≤${budget} ms ${mark(change.mainThreadMs <= budget)}`,
    ];
    for (const r of [seed, large]) {
      rows.push(changeRow(r.label, 'filter change (district), first', r.filter, 100));
      rows.push(changeRow('', 'filter change (type+date), first', r.filter2, 100));
      rows.push(changeRow('', 'filter change, charts on screen, first', r.chartsOnScreen, 100));
      const again = `again (median of ${args.repeats}; longest task of all)`;
      rows.push(changeRow('', `filter change (district), ${again}`, r.repeated.district, 100));
      rows.push(changeRow('', `filter change (type+date), ${again}`, r.repeated.typeDate, 100));
      rows.push(
        changeRow('', `filter change, charts on screen, ${again}`, r.repeated.chartsOnScreen, 100),
      );
      rows.push([
        '',
        'map first draw (map:draw)',
        ms(r.mapDraw),
        '',
        '',
        '',
        '',
        `≤200 ms ${mark(r.mapDraw <= 200)}`,
      ]);
      rows.push(changeRow('', 'change of measure', r.measure, 200));
      rows.push(['', 'map:measure-change', ms(r.mapMeasure), '', '', '', '', '']);
      const workersMb = Object.values(r.workerHeaps).reduce((a, b) => a + b, 0);
      const workers = Object.entries(r.workerHeaps)
        .map(([name, mb]) => `${name} ${mb.toFixed(1)}`)
        .join(', ');
      rows.push([
        '',
        `JS heap after GC: page + workers (${workers || 'none'})`,
        `${r.heap.toFixed(1)} + ${workersMb.toFixed(1)} MB`,
        '',
        '',
        '',
        '',
        `≤250 MB ${mark(r.heap + workersMb <= 250)}`,
      ]);
    }
    table(
      "Interactions (Chromium, 1366×768; main thread = CDP TaskDuration of the page, its CPU = the thread's CPU time meanwhile; the demo backend answers from its worker)",
      rows,
    );

    if (!args['skip-lighthouse']) {
      const lh = await runLighthouse(server.url, ['/', '/present'], Number(args.runs));
      table(`Lighthouse 12, desktop preset, median of ${args.runs}`, [
        ['route', 'performance', 'accessibility', 'LCP', 'TBT', 'CLS'],
        ...Object.entries(lh).map(([route, r]) => [
          route,
          `${r.performance.toFixed(2)} ${mark(r.performance >= 0.95)}`,
          `${r.accessibility.toFixed(2)} ${mark(r.accessibility >= 1)}`,
          `${ms(r.lcp)} ${mark(r.lcp <= 1000)}`,
          `${ms(r.tbt)} ${mark(r.tbt <= 100)}`,
          `${r.cls.toFixed(3)} ${mark(r.cls <= 0.05)}`,
        ]),
      ]);
    }

    if (!args['skip-soak']) {
      const minutes = Number(args['soak-minutes']);
      const s = await soak(browser, server.url, minutes);
      table(
        `Presentation soak (${minutes} min after the first rotation; full hour: --soak-minutes 60)`,
        [
          ['heap after 1st rotation', 'heap at end', 'growth', 'console errors', 'budget ≤10%'],
          [
            `${s.heapAfterFirstRotationMb.toFixed(1)} MB`,
            `${s.heapEndMb.toFixed(1)} MB`,
            `${s.growthPct.toFixed(1)}%`,
            String(s.consoleErrors.length),
            mark(s.growthPct <= 10 && s.consoleErrors.length === 0),
          ],
        ],
      );
      for (const e of s.consoleErrors.slice(0, 5)) console.log(`  console error: ${e}`);
    }
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
