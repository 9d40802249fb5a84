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
});

export type Env = {
  apiBaseUrl: string;
  apiTimeoutMs: number;
  /** True when the embedded MSW backend serves the API. */
  useEmbeddedBackend: boolean;
};

export function parseEnv(raw: Record<string, unknown>): Env {
  const parsed = envSchema.parse(raw);
  return {
    apiBaseUrl: parsed.VITE_API_BASE_URL,
    apiTimeoutMs: parsed.VITE_API_TIMEOUT_MS,
    useEmbeddedBackend: parsed.VITE_API_BASE_URL === '',
  };
}

export const env: Env = parseEnv(import.meta.env);
