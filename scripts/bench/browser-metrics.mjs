// @ts-check
/* global window, document, history, requestAnimationFrame -- used inside page.evaluate, which runs in the browser */
/**
 * Measurements in a real page through the DevTools protocol: bytes transferred per route,
 * main-thread work of an interaction (CDP Performance.TaskDuration, and the thread's CPU time),
 * long tasks and JS heap.
 */

import http from 'node:http';

/** @typedef {import('playwright-core').Page} Page */
/** @typedef {import('playwright-core').CDPSession} CDPSession */

/**
 * Counts the app's API requests in flight, so we know when a change has settled. The embedded
 * backend answers the app's client in the page (no network traffic to watch), so this follows the
 * client's user-timing entries: a mark `api …` when a request starts, a measure when its answer
 * has arrived (src/api/client.ts). Call before the page loads.
 * @param {CDPSession} cdp
 */
export async function trackApi(cdp) {
  let inFlight = 0;
  let lastChange = Date.now();
  let lastResponse = 0;
  let answers = 0;
  cdp.on('Runtime.bindingCalled', (e) => {
    if (e.name !== '__benchApi') return;
    inFlight = Math.max(0, inFlight + (e.payload === 'start' ? 1 : -1));
    lastChange = Date.now();
    if (e.payload === 'end') {
      lastResponse = lastChange;
      answers += 1;
    }
  });
  // A reload drops whatever was in flight.
  cdp.on('Runtime.executionContextsCleared', () => {
    inFlight = 0;
  });
  await cdp.send('Runtime.enable');
  await cdp.send('Runtime.addBinding', { name: '__benchApi' });
  await cdp.send('Page.enable');
  await cdp.send('Page.addScriptToEvaluateOnNewDocument', {
    source: `new PerformanceObserver((list) => {
      for (const entry of list.getEntries())
        if (entry.name.startsWith('api ')) window.__benchApi(entry.entryType === 'mark' ? 'start' : 'end');
    }).observe({ entryTypes: ['mark', 'measure'] });`,
  });
  return {
    /** When the last API response arrived (ms since the epoch; 0 before any). */
    lastResponseAt: () => lastResponse,
    /** API answers so far. */
    answers: () => answers,
    /**
     * Resolves when no API request has been in flight for `quietMs`, counted from the call at
     * the earliest: the requests a change makes are reported a moment after it (performance
     * observers are called when the page is idle), and must not be missed.
     */
    async settled(quietMs = 400, timeoutMs = 120_000) {
      const start = Date.now();
      while (Date.now() - start < timeoutMs) {
        if (inFlight === 0 && Date.now() - Math.max(lastChange, start) >= quietMs) return;
        await new Promise((r) => setTimeout(r, 50));
      }
      throw new Error('API did not settle');
    },
  };
}

/**
 * Seconds of the page's main thread so far: the wall time of its tasks (`TaskDuration`, what
 * the budget is judged on) and the CPU time it ran (`ThreadTime`). On this 2-core machine the
 * two part when the thread waits for a core (Chromium's raster and compositor threads, the
 * browser process): the gap is the machine's, the CPU time is our code's own work.
 */
export async function mainThreadSeconds(/** @type {CDPSession} */ cdp) {
  const { metrics } = await cdp.send('Performance.getMetrics');
  const metric = (/** @type {string} */ name) => metrics.find((m) => m.name === name)?.value ?? NaN;
  return { tasks: metric('TaskDuration'), cpu: metric('ThreadTime') };
}

export async function heapMb(/** @type {CDPSession} */ cdp) {
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  return usedSize / 1024 / 1024;
}

/**
 * JS heap after GC of each dedicated worker of the page (the embedded demo backend keeps its
 * records in one), in MB by worker name. Playwright has no CDP session for workers, so we attach
 * through the page's session and talk to them with Target.sendMessageToTarget.
 * @param {CDPSession} cdp the page's session
 * @returns {Promise<Record<string, number>>}
 */
export async function workerHeapsMb(cdp) {
  /** @type {{ sessionId: string, name: string }[]} */
  const workers = [];
  /** @type {Map<number, (result: any) => void>} */
  const waiting = new Map();
  /** @param {any} e */
  const onAttached = (e) => {
    if (e.targetInfo.type === 'worker')
      workers.push({ sessionId: e.sessionId, name: e.targetInfo.title || e.targetInfo.url });
  };
  /** @param {any} e */
  const onMessage = (e) => {
    const message = JSON.parse(e.message);
    waiting.get(message.id)?.(message.result);
    waiting.delete(message.id);
  };
  cdp.on('Target.attachedToTarget', onAttached);
  cdp.on('Target.receivedMessageFromTarget', onMessage);
  let nextId = 1;
  /** @param {string} sessionId @param {string} method */
  const send = (sessionId, method) =>
    new Promise((resolve, reject) => {
      const id = nextId++;
      const timer = setTimeout(() => reject(new Error(`worker ${method}: no answer`)), 30_000);
      waiting.set(id, (result) => {
        clearTimeout(timer);
        resolve(result);
      });
      void cdp.send('Target.sendMessageToTarget', {
        sessionId,
        message: JSON.stringify({ id, method }),
      });
    });
  try {
    await cdp.send('Target.setAutoAttach', {
      autoAttach: true,
      waitForDebuggerOnStart: false,
      flatten: false,
    });
    // Attachment events for workers already running arrive just after the answer.
    await new Promise((resolve) => setTimeout(resolve, 500));
    /** @type {Record<string, number>} */
    const heaps = {};
    for (const worker of workers) {
      await send(worker.sessionId, 'HeapProfiler.collectGarbage');
      const { usedSize } = await send(worker.sessionId, 'Runtime.getHeapUsage');
      heaps[worker.name] = usedSize / 1024 / 1024;
    }
    return heaps;
  } finally {
    await cdp.send('Target.setAutoAttach', {
      autoAttach: false,
      waitForDebuggerOnStart: false,
      flatten: false,
    });
    cdp.off('Target.attachedToTarget', onAttached);
    cdp.off('Target.receivedMessageFromTarget', onMessage);
  }
}

/** Two animation frames: whatever React committed has been painted. */
export async function painted(/** @type {Page} */ page) {
  await page.evaluate(
    () =>
      new Promise((resolve) =>
        requestAnimationFrame(() => requestAnimationFrame(() => resolve(null))),
      ),
  );
}

/** Starts recording long tasks in the page; read them with `longTasks(page)`. */
export async function recordLongTasks(/** @type {Page} */ page) {
  await page.evaluate(() => {
    const w = /** @type {any} */ (window);
    w.__benchLongTasks = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.__benchLongTasks.push(e.duration);
    }).observe({ type: 'longtask' });
  });
}

/** @returns {Promise<number>} the longest task since the last call, in ms */
export async function takeLongestTask(/** @type {Page} */ page) {
  return page.evaluate(() => {
    const w = /** @type {any} */ (window);
    const tasks = /** @type {number[]} */ (w.__benchLongTasks ?? []);
    w.__benchLongTasks = [];
    return tasks.length ? Math.max(...tasks) : 0;
  });
}

/**
 * Main-thread work and wall time of one change: `act` triggers it, then we wait until the API
 * has settled and the result is painted.
 * @param {Page} page
 * @param {CDPSession} cdp
 * @param {{ settled: () => Promise<void>, lastResponseAt: () => number }} api
 * @param {() => Promise<void>} act
 */
export async function measureChange(page, cdp, api, act) {
  await takeLongestTask(page);
  const before = await mainThreadSeconds(cdp);
  const answersBefore = api.answers();
  const t0 = Date.now();
  await act();
  await api.settled();
  // The settle check waits a quiet window, which is not part of the change: wall time runs from
  // the change to the paint that follows the last API response (none if all came from cache).
  const answered = Math.max(t0, api.lastResponseAt());
  const waitedFrom = Date.now();
  await painted(page);
  const paintedAt = Date.now();
  const after = await mainThreadSeconds(cdp);
  return {
    mainThreadMs: (after.tasks - before.tasks) * 1000,
    mainThreadCpuMs: (after.cpu - before.cpu) * 1000,
    wallMs: answered - t0 + (paintedAt - waitedFrom),
    longestTaskMs: await takeLongestTask(page),
    // 0 where requests were expected means the figure missed them: it would be too good.
    apiAnswers: api.answers() - answersBefore,
  };
}

/**
 * Navigates inside the single-page app the way a link does (wouter listens to pushState).
 * @param {Page} page
 * @param {string} path
 */
export async function pushRoute(page, path) {
  await page.evaluate((p) => {
    history.pushState(null, '', p);
  }, path);
}

/**
 * Scrolls the overview's first chart to the top of the screen. Fails rather than measuring the
 * top of the page again: `.charts` is `display: contents` (each chart is a grid item), has no
 * box, and scrolling it into view silently did nothing.
 * @param {Page} page
 */
export async function scrollToCharts(page) {
  const scrolled = await page.evaluate(() => {
    const card = document.querySelector('.charts .chart-card');
    card?.scrollIntoView({ block: 'start' });
    return card ? window.scrollY : -1;
  });
  if (scrolled <= 0) throw new Error(`bench: could not scroll to the charts (scrollY ${scrolled})`);
}

/** Durations (ms) of the app's own performance.measure entries with this name. */
export async function measures(/** @type {Page} */ page, /** @type {string} */ name) {
  return page.evaluate((n) => performance.getEntriesByName(n).map((e) => e.duration), name);
}

/** Size of a URL as the server sends it gzip-compressed (raw bytes on the wire, not decoded). */
function gzipBytes(/** @type {string} */ url) {
  return new Promise((resolve, reject) => {
    http
      .get(url, { headers: { 'Accept-Encoding': 'gzip' } }, (res) => {
        let bytes = 0;
        res.on('data', (chunk) => (bytes += chunk.length));
        res.on('end', () => resolve(bytes));
        res.on('error', reject);
      })
      .on('error', reject);
  });
}

/**
 * Bytes transferred (compressed) while a route loads, split into the app's JS, its CSS and the
 * embedded demo backend (MSW, its worker and the seed), which a real deployment does not load.
 * Chunks requested after the demo backend's service worker took control arrive through it, and
 * CDP reports 0 bytes for them (lazy routes looked as small as the shell). So we collect which
 * files the route loaded and ask the server for each one's gzip size.
 * With `scrollThrough`, it also scrolls to the bottom and reports what the page loaded by then
 * (charts load their code when they near the screen).
 * @param {import('playwright-core').Browser} browser
 * @param {string} url
 * @param {string} readySelector
 * @param {{ scrollThrough?: boolean }} [options]
 */
export async function transferSizes(browser, url, readySelector, { scrollThrough = false } = {}) {
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  /** @type {Map<string, string>} url → resource type */
  const loaded = new Map();
  cdp.on('Network.responseReceived', (e) => {
    if (e.response.url.startsWith('http') && !e.response.url.includes('/api/v1/')) {
      loaded.set(e.response.url, e.type);
    }
  });
  await page.goto(url, { waitUntil: 'networkidle' });
  await page.waitForSelector(readySelector, { timeout: 60_000 });
  await page.waitForLoadState('networkidle');
  // Worker scripts are fetched by the workers' own targets, which this session does not see.
  for (const worker of page.workers()) loaded.set(worker.url(), 'Worker');
  const firstScreen = new Map(loaded);
  if (scrollThrough) {
    for (let y = 0; y < 20; y += 1) {
      const atEnd = await page.evaluate(() => {
        window.scrollBy(0, window.innerHeight);
        return window.scrollY + window.innerHeight >= document.documentElement.scrollHeight - 2;
      });
      await page.waitForTimeout(150);
      if (atEnd) break;
    }
    await page.waitForLoadState('networkidle');
  }
  await context.close();
  const sum = async (/** @type {Map<string, string>} */ files) => {
    const totals = { js: 0, css: 0, backend: 0 };
    for (const [resource, type] of files) {
      if (
        /mockServiceWorker|api-service-worker|\/assets\/(demo-|backend\.worker-)/.test(resource)
      ) {
        totals.backend += await gzipBytes(resource);
      } else if (type === 'Script') totals.js += await gzipBytes(resource);
      else if (type === 'Stylesheet') totals.css += await gzipBytes(resource);
    }
    return totals;
  };
  const totals = await sum(firstScreen);
  return { ...totals, jsAfterScroll: scrollThrough ? (await sum(loaded)).js : totals.js };
}
