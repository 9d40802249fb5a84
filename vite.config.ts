/// <reference types="vitest/config" />
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const alias = {
  '@': fileURLToPath(new URL('./src', import.meta.url)),
  '@mocks': fileURLToPath(new URL('./mocks', import.meta.url)),
};

const FAVICON_HREF = '/src/app/favicon.png';

/**
 * Puts the favicon in the page as a data: URI. Chromium requests a page's icon again on every
 * change of its URL, that is on every filter change: about 2 ms of main thread each time for a
 * cached file, 5 ms for one revalidated with the server.
 */
function inlineFavicon(): Plugin {
  return {
    name: 'inline-favicon',
    transformIndexHtml: {
      order: 'pre',
      handler(html) {
        const link = `href="${FAVICON_HREF}"`;
        if (!html.includes(link)) throw new Error(`index.html has no icon with ${link}`);
        const png = readFileSync(fileURLToPath(new URL(`.${FAVICON_HREF}`, import.meta.url)));
        return html.replace(link, `href="data:image/png;base64,${png.toString('base64')}"`);
      },
    },
  };
}

/** A chunk of the demo backend only (its modules, MSW and MSW's libraries), with no app code. */
const isDemoBackendChunk = (moduleIds: string[]) =>
  moduleIds.every((id) => id.includes('/mocks/') || id.includes('/node_modules/')) &&
  moduleIds.some((id) => id.includes('/mocks/') || id.includes('/node_modules/msw/'));

/**
 * A chunk shared by several pages is named after the library most of it comes from: the bundler
 * names it after its first module, and Recharts' chunk was "axis-text", React's "jsx-runtime".
 * Pages loaded on demand (dynamic imports) keep their own names. The demo backend's chunks start
 * with "demo-", so that they can be told apart (the bench counts them apart from the app's JS).
 */
function chunkFileName(chunk: { name: string; isDynamicEntry: boolean; moduleIds: string[] }) {
  const prefix = isDemoBackendChunk(chunk.moduleIds) ? 'demo-' : '';
  if (chunk.isDynamicEntry) return `assets/${prefix}[name]-[hash].js`;
  const modulesPerPackage = new Map<string, number>();
  for (const id of chunk.moduleIds) {
    const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(id)?.[1];
    if (pkg) modulesPerPackage.set(pkg, (modulesPerPackage.get(pkg) ?? 0) + 1);
  }
  const [main] = [...modulesPerPackage].sort((a, b) => b[1] - a[1]);
  const name = main ? main[0].replace(/^@/, '').replace('/', '-') : '[name]';
  return `assets/${prefix}${name}-[hash].js`;
}

export default defineConfig({
  plugins: [react(), inlineFavicon()],
  resolve: { alias },
  build: {
    target: 'es2022',
    sourcemap: false,
    // Big optional pieces (MSW + seed data, import, ledger) are split by dynamic import; keep vendors
    // separately cacheable.
    chunkSizeWarningLimit: 900,
    rolldownOptions: { output: { chunkFileNames: chunkFileName } },
  },
  // ES module workers: the demo backend's worker loads the dataset generator on demand.
  worker: { format: 'es' },
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1' },
  test: {
    environment: 'jsdom',
    globals: true,
    setupFiles: ['./tests/setup/vitest.setup.ts'],
    include: ['tests/unit/**/*.test.{ts,tsx}', 'tests/component/**/*.test.{ts,tsx}'],
    css: false,
    testTimeout: 15_000,
  },
});
