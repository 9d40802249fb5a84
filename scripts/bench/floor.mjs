// @ts-check
/**
 * The floor: what the libraries a route needs weigh on their own (minified + gzip), bundled by
 * the same Vite as the app. Our initial JS is reported as a ratio to it.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';

/** @type {Record<string, string>} */
export const LIBRARIES = {
  'react + react-dom':
    "import * as React from 'react'; import * as Dom from 'react-dom/client'; globalThis.x = [React, Dom];",
  leaflet: "import * as L from 'leaflet'; globalThis.x = L;",
  recharts: "import * as R from 'recharts'; globalThis.x = R;",
  'react-query': "import * as Q from '@tanstack/react-query'; globalThis.x = Q;",
};

/**
 * @param {string} root project root (for node_modules resolution)
 * @returns {Promise<Record<string, number>>} gzip bytes per library
 */
export async function measureFloor(root) {
  // Inside the project so the entries resolve packages from its node_modules.
  mkdirSync(join(root, 'node_modules/.tmp'), { recursive: true });
  const dir = mkdtempSync(join(root, 'node_modules/.tmp/floor-'));
  /** @type {Record<string, number>} */
  const sizes = {};
  for (const [name, code] of Object.entries(LIBRARIES)) {
    const entry = join(dir, `${name.replace(/\W+/g, '_')}.js`);
    writeFileSync(entry, code);
    const result = await build({
      root,
      configFile: false,
      logLevel: 'silent',
      define: { 'process.env.NODE_ENV': '"production"' },
      build: { write: false, minify: true, rollupOptions: { input: entry } },
    });
    const outputs = Array.isArray(result) ? result : [result];
    let bytes = 0;
    for (const output of outputs) {
      if (!('output' in output)) continue;
      for (const chunk of output.output) {
        if (chunk.type === 'chunk') bytes += gzipSync(chunk.code).length;
      }
    }
    sizes[name] = bytes;
  }
  return sizes;
}
