/**
 * Field errors from the contract's zod schemas (client-side) and from the server's 422 issues.
 * Both speak the same stable codes (`required`, `too_long`, …); the form translates them.
 * There is no second set of rules here: only the mapping from issue paths to form fields.
 */

export interface Issue {
  path: readonly PropertyKey[];
  message: string;
}

/** Dotted field path → message code, e.g. `workersServed.value` → `number_nonnegative`. */
export type FieldErrors = Readonly<Record<string, string>>;

/** Codes the contract and the API use; anything else (a validator's English text) is generic. */
export const knownErrorCodes = [
  'required',
  'too_long',
  'date_format',
  'date_invalid',
  'district_code',
  'number_finite',
  'number_nonnegative',
  'number_integer',
  'number_too_large',
  'end_before_start',
  'unknown_organization',
  'unknown_site',
  'unknown_district',
] as const;
export type ErrorCode = (typeof knownErrorCodes)[number] | 'number_invalid' | 'invalid';

const known = new Set<string>(knownErrorCodes);
const NUMERIC_FIELD = /(^|\.)(value|yuan|quantity|lon|lat)$/;

export function pathKey(path: readonly PropertyKey[]): string {
  return path
    .filter((k): k is string | number => typeof k !== 'symbol')
    .map(String)
    .join('.');
}

/** The first issue per field wins (a blank date fails its format before its calendar check). */
export function toFieldErrors(issues: readonly Issue[]): FieldErrors {
  const out: Record<string, string> = {};
  for (const issue of issues) {
    const key = pathKey(issue.path);
    if (!(key in out)) out[key] = errorCode(issue.message, key);
  }
  return out;
}

/** A stable code for a message; type errors on numeric fields mean "not a number". */
export function errorCode(message: string, key = ''): ErrorCode {
  if (known.has(message)) return message as ErrorCode;
  return NUMERIC_FIELD.test(key) ? 'number_invalid' : 'invalid';
}

/**
 * The error for a field: its own, or one of its parts' (a district list shows the error of
 * `districtCodes.2`). Returns the code, or undefined.
 */
export function errorFor(errors: FieldErrors, field: string): string | undefined {
  if (errors[field] !== undefined) return errors[field];
  const prefix = `${field}.`;
  for (const [key, code] of Object.entries(errors)) if (key.startsWith(prefix)) return code;
  return undefined;
}
