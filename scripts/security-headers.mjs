// @ts-check
/**
 * HTTP security headers for the built dashboard (used by scripts/serve-dist.mjs and documented in
 * the README for whoever hosts dist/ elsewhere).
 *
 * The default policy allows only the dashboard's own origin: the embedded backend (MSW) runs in a
 * service worker served from the same origin, the map's district shapes are bundled, and no fonts,
 * tiles or analytics are fetched from elsewhere. 'unsafe-inline' is needed for style attributes only
 * (Recharts and Leaflet position elements with inline styles); scripts stay 'self'.
 *
 * Opting in to online map tiles or a real API: build the policy with cspWith, e.g.
 *   cspWith({ tileOrigins: tileOriginsFor(['osm', 'amap']), apiOrigin: 'https://api.example.org' })
 * which adds the tile origins to img-src and connect-src (the embedded backend's service worker
 * sees every request of the page, tile images included, and passes the ones it does not answer
 * on with fetch(), which connect-src governs) and the API origin to connect-src.
 */

/**
 * The origins each online tile provider of the map (src/features/map/lib/base-layers.ts, built in
 * with VITE_ONLINE_TILES) loads tiles from. tests/unit/map-tile-origins.test.ts keeps the two in step.
 * @type {Readonly<Record<'osm' | 'amap', readonly string[]>>}
 */
export const TILE_ORIGINS = Object.freeze({
  osm: Object.freeze(['https://tile.openstreetmap.org']),
  amap: Object.freeze(['https://*.is.autonavi.com']),
});

/**
 * The tile origins for a VITE_ONLINE_TILES value ("osm,amap", or a list); unknown names throw.
 * @param {string | readonly string[] | undefined} providers
 * @returns {string[]}
 */
export function tileOriginsFor(providers) {
  const names = (typeof providers === 'string' ? providers.split(',') : (providers ?? []))
    .map((name) => name.trim().toLowerCase())
    .filter((name) => name !== '');
  return [
    ...new Set(
      names.flatMap((name) => {
        if (name !== 'osm' && name !== 'amap') {
          throw new Error(`Unknown tile provider ${JSON.stringify(name)} (expected osm, amap).`);
        }
        return TILE_ORIGINS[name];
      }),
    ),
  ];
}

/** @typedef {{ tileOrigins?: string[], apiOrigin?: string | undefined }} CspOptions */

/** Scheme + host (optionally a leading "*." wildcard) + optional port; nothing else. */
const ORIGIN = /^https?:\/\/(\*\.)?[a-z0-9-]+(\.[a-z0-9-]+)*(:\d{1,5})?$/i;

/** @param {string} origin */
function checkOrigin(origin) {
  if (!ORIGIN.test(origin)) {
    throw new Error(
      `Not an origin for the Content-Security-Policy: ${JSON.stringify(origin)} ` +
        '(expected e.g. "https://tiles.example.org" or "https://*.tile.openstreetmap.org", no path).',
    );
  }
  return origin;
}

/**
 * Build the Content-Security-Policy, optionally allowing map tile origins (img-src) and a real API
 * origin (connect-src).
 * @param {CspOptions} [options]
 * @returns {string}
 */
export function cspWith({ tileOrigins = [], apiOrigin } = {}) {
  const tiles = tileOrigins.map(checkOrigin);
  const api = apiOrigin ? [checkOrigin(apiOrigin)] : [];
  /** @type {Record<string, string[]>} */
  const directives = {
    'default-src': ["'self'"],
    'script-src': ["'self'"],
    'style-src': ["'self'", "'unsafe-inline'"],
    'img-src': ["'self'", 'data:', 'blob:', ...tiles],
    'font-src': ["'self'"],
    'connect-src': ["'self'", ...tiles, ...api],
    'worker-src': ["'self'"],
    'object-src': ["'none'"],
    'base-uri': ["'self'"],
    'form-action': ["'self'"],
    'frame-ancestors': ["'none'"],
  };
  return Object.entries(directives)
    .map(([name, sources]) => `${name} ${[...new Set(sources)].join(' ')}`)
    .join('; ');
}

/** The default (offline, same-origin only) policy. */
export const contentSecurityPolicy = cspWith();

/**
 * Headers added to every response; `csp` replaces the default policy (e.g. for a build with tiles).
 * @param {string} [csp]
 */
export function securityHeadersWith(csp = contentSecurityPolicy) {
  return Object.freeze({
    'Content-Security-Policy': csp,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Permissions-Policy': 'camera=(), microphone=(), geolocation=()',
    'Cross-Origin-Opener-Policy': 'same-origin',
  });
}

/** Headers added to every response (the default, offline policy). */
export const securityHeaders = securityHeadersWith();
