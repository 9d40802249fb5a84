import { z } from 'zod';

/**
 * The environment, parsed once at start-up. A bad value fails loudly here rather than as a
 * confusing network error later.
 */
const envSchema = z.object({
  /** Base URL of a real API server. Empty: the embedded demo backend (MSW) answers in the browser. */
  VITE_API_BASE_URL: z
    .string()
    .trim()
    .optional()
    .transform((v) => (v ? v.replace(/\/+$/, '') : ''))
    .refine(
      (v) => v === '' || /^https?:\/\//.test(v),
      'VITE_API_BASE_URL must start with http(s)://',
    ),
  /** Milliseconds before a request is abandoned. */
  VITE_API_TIMEOUT_MS: z.coerce.number().int().positive().optional().default(15_000),
  /**
   * Online map tile providers the map may offer, comma-separated (`osm`, `amap`). Empty: none,
   * the map stays offline. The hosting CSP must allow their origins (scripts/security-headers.mjs).
   */
  VITE_ONLINE_TILES: z
    .string()
    .optional()
    .transform((v) =>
      (v ?? '')
        .split(',')
        .map((s) => s.trim().toLowerCase())
        .filter((s) => s !== ''),
    )
    .pipe(z.array(z.enum(['osm', 'amap'], 'VITE_ONLINE_TILES lists osm and/or amap'))),
});

export type OnlineTileProvider = 'osm' | 'amap';

export type Env = {
  apiBaseUrl: string;
  apiTimeoutMs: number;
  /** True when the embedded MSW backend serves the API. */
  useEmbeddedBackend: boolean;
  /** Online tile providers the map may offer; empty by default (offline). */
  onlineTiles: OnlineTileProvider[];
};

export function parseEnv(raw: Record<string, unknown>): Env {
  const parsed = envSchema.parse(raw);
  return {
    apiBaseUrl: parsed.VITE_API_BASE_URL,
    apiTimeoutMs: parsed.VITE_API_TIMEOUT_MS,
    useEmbeddedBackend: parsed.VITE_API_BASE_URL === '',
    onlineTiles: [...new Set(parsed.VITE_ONLINE_TILES)],
  };
}

export const env: Env = parseEnv(import.meta.env);
