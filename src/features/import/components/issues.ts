import type { Validation } from '../lib/activity-rows';
import type { ImportField } from '../lib/fields';

export interface IssueCount {
  field: ImportField;
  code: string;
  count: number;
}

/** Problems of all rows, grouped (field + code) and counted, most frequent first. */
export function summariseIssues(validation: Validation): IssueCount[] {
  const counts = new Map<string, IssueCount>();
  for (const row of validation.rows) {
    for (const issue of row.issues) {
      const key = `${issue.field}|${issue.code}`;
      const entry = counts.get(key);
      if (entry) entry.count += 1;
      else counts.set(key, { field: issue.field, code: issue.code, count: 1 });
    }
  }
  return [...counts.values()].sort((a, b) => b.count - a.count);
}

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
  'required',
  'unknown_organization',
  'too_long',
]);

/** Translation key and values for an issue code; unknown codes are shown, not hidden. */
export function issueKey(code: string): [string, Record<string, string>] {
  return KNOWN_ISSUES.has(code) ? [`issue.${code}`, {}] : ['issue.other', { code }];
}
