export type { IssueCount } from '../lib/session';
import type { ImportField, RecordKind } from '../lib/fields';

const KNOWN_ISSUES = new Set([
  'date_empty',
  'date_format',
  'date_invalid',
  'district_empty',
  'district_unknown',
  'amount_empty',
  'amount_negative',
  'amount_format',
  'amount_too_large',
  'count_empty',
  'count_negative',
  'count_format',
  'count_too_large',
  'type_unknown',
  'status_unknown',
  'district_multiple',
  'required',
  'unknown_organization',
  'too_long',
]);

/** Translation key and values for an issue code; unknown codes are shown, not hidden. */
export function issueKey(code: string): [string, Record<string, string>] {
  return KNOWN_ISSUES.has(code) ? [`issue.${code}`, {}] : ['issue.other', { code }];
}

/** Translation key of a field's name: fund sheets name some fields differently (接收区). */
export function fieldKey(kind: RecordKind, field: ImportField): string {
  return `${kind === 'funds' ? 'fundField' : 'field'}.${field}`;
}
