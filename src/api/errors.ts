import type { ApiErrorBody } from './contract';

/** The server answered with a non-2xx status. */
export class ApiError extends Error {
  override readonly name = 'ApiError';
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly body: ApiErrorBody | null,
  ) {
    super(message);
  }
}

/** The server answered 2xx, but the payload breaks the contract. */
export class ContractError extends Error {
  override readonly name = 'ContractError';
  constructor(
    readonly endpoint: string,
    /** Dotted path of the first offending field, e.g. `items.3.workersServed.value`. */
    readonly field: string,
    readonly detail: string,
  ) {
    super(`${endpoint}: field "${field}" ${detail}`);
  }
}

/** No answer: offline, DNS, connection refused, CORS. */
export class NetworkError extends Error {
  override readonly name = 'NetworkError';
}

/** No answer within the configured time. */
export class TimeoutError extends Error {
  override readonly name = 'TimeoutError';
  constructor(readonly timeoutMs: number) {
    super(`No answer within ${timeoutMs} ms`);
  }
}

export type RequestFailure = ApiError | ContractError | NetworkError | TimeoutError;

export function isRequestFailure(e: unknown): e is RequestFailure {
  return (
    e instanceof ApiError ||
    e instanceof ContractError ||
    e instanceof NetworkError ||
    e instanceof TimeoutError
  );
}

/** Worth retrying automatically? Client errors and contract breaks will not fix themselves. */
export function isTransient(e: unknown): boolean {
  if (e instanceof NetworkError || e instanceof TimeoutError) return true;
  return e instanceof ApiError && (e.status >= 500 || e.status === 429);
}
