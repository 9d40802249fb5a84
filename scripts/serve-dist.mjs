#!/usr/bin/env node
// @ts-check
/**
 * Serve the production build (dist/) the way it should be hosted: SPA fallback to index.html,
 * security headers on every response, ETags, long-lived caching for hashed assets, and gzip for
 * text when the client accepts it. Used by the end-to-end tests, the screenshots and the bench.
 *
 *   node scripts/serve-dist.mjs [--port 4173] [--host 127.0.0.1] [--dir dist] [--tiles osm,amap]
 *
 * --tiles: for a build made with VITE_ONLINE_TILES (same value): the Content-Security-Policy then
 * also allows those providers' tile origins. Without it the policy stays same-origin only.
 */
import { existsSync, readdirSync } from 'node:fs';
import { createServer } from 'node:http';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import sirv from 'sirv';
import { cspWith, securityHeadersWith, tileOriginsFor } from './security-headers.mjs';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '4173' },
    host: { type: 'string', default: '127.0.0.1' },
    // Another build directory, so that parallel work does not overwrite dist/.
    dir: { type: 'string' },
    // The build's VITE_ONLINE_TILES, so that the CSP lets its tiles through.
    tiles: { type: 'string', default: '' },
  },
});
const distDir = values.dir
  ? resolve(values.dir)
  : fileURLToPath(new URL('../dist', import.meta.url));
const port = Number(values.port);
const host = values.host ?? '127.0.0.1';
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`serve-dist: --port must be a port number, got ${JSON.stringify(values.port)}`);
  process.exit(1);
}

/** @type {Readonly<Record<string, string>>} */
let securityHeaders;
try {
  securityHeaders = securityHeadersWith(cspWith({ tileOrigins: tileOriginsFor(values.tiles) }));
} catch (error) {
  console.error(`serve-dist: --tiles: ${/** @type {Error} */ (error).message}`);
  process.exit(1);
}

if (!existsSync(join(distDir, 'index.html'))) {
  console.error(`serve-dist: ${join(distDir, 'index.html')} is missing: run npm run build first.`);
  process.exit(1);
}

/** @param {string} dir @param {RegExp} pattern @returns {boolean} */
function hasFiles(dir, pattern) {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).some((name) => pattern.test(name));
}

const serveStatic = sirv(distDir, {
  single: true, // unknown paths (/present, …) get index.html
  etag: true,
  // Look files up per request rather than once at startup, so `npm run build` while the server
  // runs (hashed file names change) never serves stale or vanished files.
  dev: true,
  // Use precompressed siblings only if the build produced them.
  gzip: hasFiles(distDir, /\.gz$/),
  brotli: hasFiles(distDir, /\.br$/),
  setHeaders(res, pathname) {
    // Vite fingerprints everything under /assets/; everything else (index.html, the MSW worker)
    // must be revalidated so a new build is picked up.
    res.setHeader(
      'Cache-Control',
      pathname.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
    );
  },
});

const COMPRESSIBLE =
  /^(text\/|application\/(javascript|json|geo\+json|manifest\+json|xml)|image\/svg\+xml)/i;
const GZ_TAG = '-gz"';

/** Compressed bodies keyed by ETag (which changes with size and mtime). */
const gzipCache = new Map();

/**
 * Buffer the body sirv streams and send it gzipped. Static files here are at most a few MB, so
 * buffering keeps this simple and gives an exact Content-Length.
 * @param {import('node:http').ServerResponse} res
 */
function gzipResponse(res) {
  const writeHead = res.writeHead.bind(res);
  const write = res.write.bind(res);
  const end = res.end.bind(res);
  /** Patched in place; sirv only uses writeHead(code, headers), write(chunk) and end([chunk]). */
  const patched = /** @type {any} */ (res);
  /** @type {Buffer[]} */
  const chunks = [];
  /** @type {number} */
  let status = 200;
  /** @type {Record<string, any>} */
  let headers = {};
  let compress = false;

  /** @param {number} code @param {Record<string, any> | undefined} hdrs */
  patched.writeHead = (code, hdrs) => {
    const type = String(hdrs?.['Content-Type'] ?? res.getHeader('Content-Type') ?? '');
    compress =
      code === 200 &&
      !hdrs?.['Content-Encoding'] &&
      !hdrs?.['Content-Range'] &&
      COMPRESSIBLE.test(type);
    if (!compress) return writeHead(code, hdrs);
    status = code;
    headers = { ...hdrs };
    return res;
  };
  /** @param {Buffer | string} chunk */
  patched.write = (chunk) => {
    if (!compress) return write(chunk);
    chunks.push(Buffer.from(chunk));
    return true;
  };
  /** @param {Buffer | string | undefined} chunk */
  patched.end = (chunk) => {
    if (!compress) return chunk === undefined ? end() : end(chunk);
    if (chunk) chunks.push(Buffer.from(chunk));
    const etag = headers['ETag'];
    let body = etag ? gzipCache.get(etag) : undefined;
    if (!body) {
      body = gzipSync(Buffer.concat(chunks), { level: 9 });
      if (gzipCache.size > 500) gzipCache.clear(); // old builds' entries
      if (etag) gzipCache.set(etag, body);
    }
    headers['Content-Encoding'] = 'gzip';
    headers['Content-Length'] = body.length;
    if (etag) headers['ETag'] = String(etag).replace(/"$/, GZ_TAG);
    writeHead(status, headers);
    return end(body);
  };
}

const server = createServer((req, res) => {
  for (const [name, value] of Object.entries(securityHeaders)) res.setHeader(name, value);
  res.setHeader('Vary', 'Accept-Encoding');

  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.writeHead(405, { Allow: 'GET, HEAD', 'Content-Type': 'text/plain; charset=utf-8' });
    res.end('Method not allowed: this server only serves the static build.\n');
    return;
  }
  const pathname = (req.url ?? '/').split('?')[0] ?? '/';
  if (pathname.startsWith('/api/')) {
    // The API lives in the browser (MSW service worker); never answer it with index.html.
    res.writeHead(404, { 'Content-Type': 'application/json; charset=utf-8' });
    res.end(
      JSON.stringify({ error: { code: 'not_found', message: 'No API on the static server' } }),
    );
    return;
  }

  // Our gzip ETags are the file's ETag plus "-gz"; sirv compares against the plain one.
  const ifNoneMatch = req.headers['if-none-match'];
  if (ifNoneMatch) req.headers['if-none-match'] = ifNoneMatch.replace(GZ_TAG, '"');

  // A file removed between lookup and read (a rebuild in progress) must not crash the server.
  res.on('pipe', (source) => {
    source.on('error', (error) => {
      console.error(`serve-dist: ${req.url}: ${error.message}`);
      if (!res.headersSent) {
        res.writeHead(503, { 'Content-Type': 'text/plain; charset=utf-8', 'Retry-After': '1' });
      }
      res.destroy();
    });
  });

  const acceptsGzip = /\bgzip\b/i.test(String(req.headers['accept-encoding'] ?? ''));
  if (acceptsGzip && req.method === 'GET' && !req.headers.range) gzipResponse(res);

  serveStatic(req, res);
});

server.on('error', (error) => {
  const code = /** @type {NodeJS.ErrnoException} */ (error).code;
  console.error(
    code === 'EADDRINUSE'
      ? `serve-dist: ${host}:${port} is already in use (another server running?).`
      : `serve-dist: ${error.message}`,
  );
  process.exit(1);
});

server.listen(port, host, () => {
  const address = server.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  const tiles = values.tiles
    ? ` (CSP allows tiles: ${tileOriginsFor(values.tiles).join(' ')})`
    : '';
  console.log(`serve-dist: serving ${distDir} at http://${host}:${actualPort}/${tiles}`);
});

for (const signal of /** @type {const} */ (['SIGINT', 'SIGTERM'])) {
  process.on(signal, () => {
    server.close(() => process.exit(0));
    server.closeAllConnections();
  });
}
