import type { z } from 'zod';
import { env } from '@/config/env';
import { API_PREFIX, apiErrorBodySchema, type ListParams } from './contract';
import { ApiError, ContractError, NetworkError, TimeoutError } from './errors';

export interface RequestOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'DELETE';
  body?: unknown;
  /**
   * A body already serialised as JSON, as text or UTF-8 bytes (the import's batches, built off
   * the main thread).
   */
  json?: string | Uint8Array<ArrayBuffer>;
  signal?: AbortSignal | undefined;
  headers?: Record<string, string>;
  timeoutMs?: number;
}

/** The browser's fetch, unless the embedded demo backend gives its own (see main.tsx). */
let transport: typeof fetch = (input, init) => fetch(input, init);
export function setTransport(fetchImplementation: typeof fetch) {
  transport = fetchImplementation;
}

/**
 * A user-timing mark `api GET /summary` when a request starts and a measure of the same name when
 * its answer has arrived: DevTools' performance panel shows them, and `npm run bench` counts them
 * (the embedded backend's answers never appear as network traffic). Observers receive them; the
 * timeline keeps none, so an hour on the presentation screen adds nothing.
 */
function requestStarted(endpoint: string): number {
  performance.mark(`api ${endpoint}`);
  performance.clearMarks(`api ${endpoint}`);
  return performance.now();
}

function requestEnded(endpoint: string, startedAt: number): void {
  performance.measure(`api ${endpoint}`, { start: startedAt });
  performance.clearMeasures(`api ${endpoint}`);
}

/** Who is recording; sent with every write so records show who changed them. */
let actor = '';
export function setActor(name: string) {
  actor = name;
}

/** Absolute URL of an API path: the configured server, or this page's origin (embedded backend). */
export function apiUrl(path: string): string {
  const base = env.apiBaseUrl || globalThis.location.origin;
  return `${base}${API_PREFIX}${path}`;
}

/**
 * The only place that talks HTTP. Every answer is checked against `schema`; anything else
 * becomes a typed error (ApiError, ContractError, NetworkError, TimeoutError).
 */
export async function fetchJson<S extends z.ZodType>(
  path: string,
  schema: S,
  options: RequestOptions = {},
): Promise<z.output<S>> {
  const {
    method = 'GET',
    body,
    json: raw,
    signal,
    headers = {},
    timeoutMs = env.apiTimeoutMs,
  } = options;
  const payload = raw ?? (body === undefined ? null : JSON.stringify(body));
  // One controller for both the caller's cancel and our timeout (AbortSignal.any is not in jsdom).
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  const forwardAbort = () => controller.abort();
  if (signal?.aborted) controller.abort();
  else signal?.addEventListener('abort', forwardAbort, { once: true });
  const endpoint = `${method} ${path.split('?')[0] ?? path}`;
  const startedAt = requestStarted(endpoint);

  let response: Response;
  try {
    response = await transport(apiUrl(path), {
      method,
      signal: controller.signal,
      headers: {
        Accept: 'application/json',
        ...(payload === null ? {} : { 'Content-Type': 'application/json' }),
        ...(actor ? { 'X-User-Name': encodeURIComponent(actor) } : {}),
        ...headers,
      },
      body: payload,
    });
  } catch (e) {
    requestEnded(endpoint, startedAt);
    if (timedOut) throw new TimeoutError(timeoutMs);
    if (signal?.aborted) throw e; // the caller cancelled (react-query): not a failure to report
    throw new NetworkError(e instanceof Error ? e.message : String(e));
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', forwardAbort);
  }

  const text = await response.text().finally(() => requestEnded(endpoint, startedAt));
  let json: unknown = undefined;
  let jsonOk = true;
  if (text !== '') {
    try {
      json = JSON.parse(text);
    } catch {
      jsonOk = false;
    }
  }

  if (!response.ok) {
    const parsed = apiErrorBodySchema.safeParse(json);
    throw new ApiError(
      response.status,
      parsed.success ? parsed.data.error.code : 'http_error',
      parsed.success ? parsed.data.error.message : `HTTP ${response.status}`,
      parsed.success ? parsed.data : null,
    );
  }
  if (!jsonOk) throw new ContractError(endpoint, '(body)', 'is not valid JSON');

  const result = schema.safeParse(json);
  if (!result.success) {
    const issue = result.error.issues[0];
    const field = issue && issue.path.length > 0 ? issue.path.join('.') : '(root)';
    throw new ContractError(endpoint, field, issue?.message ?? 'is invalid');
  }
  return result.data;
}

/** Query string for filters and list parameters; arrays become repeated parameters. */
export function toQueryString(params: ListParams): string {
  const search = new URLSearchParams();
  const put = (key: string, value: string | number | boolean | undefined) => {
    if (value !== undefined && value !== '' && value !== false) search.append(key, String(value));
  };
  put('from', params.from);
  put('to', params.to);
  for (const d of params.districts ?? []) search.append('district', d);
  for (const t of params.types ?? []) search.append('type', t);
  for (const o of params.organizations ?? []) search.append('organization', o);
  for (const g of params.goodsKinds ?? []) search.append('goodsKind', g);
  put('excludeIllustrative', params.excludeIllustrative ? 'true' : undefined);
  put('q', params.q);
  put('offset', params.offset);
  put('limit', params.limit);
  put('sort', params.sort);
  const s = search.toString();
  return s ? `?${s}` : '';
}
