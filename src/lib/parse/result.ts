/** What every parser returns: a value, or a stable error code the UI translates. */
export type ParseResult<T, E extends string = string> =
  { ok: true; value: T } | { ok: false; error: E };

export const ok = <T>(value: T): { ok: true; value: T } => ({ ok: true, value });
export const fail = <E extends string>(error: E): { ok: false; error: E } => ({ ok: false, error });
