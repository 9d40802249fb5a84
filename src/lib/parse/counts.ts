/**
 * Head counts: 2800, 2,800, 2800人, 2800余人, 2800多人, 2,800+, 2800人以上, 1.2万人. "余", "多",
 * "+" and "以上" mean the figure is a lower bound (atLeast).
 */
import { compact } from './text';
import { fail, ok, type ParseResult } from './result';

export type CountError = 'count_empty' | 'count_negative' | 'count_format' | 'count_too_large';

export interface ParsedCount {
  value: number;
  atLeast: boolean;
}

const MAX_COUNT = 100_000_000;

export function parseCount(
  input: string | number | null | undefined,
): ParseResult<ParsedCount, CountError> {
  if (input === null || input === undefined) return fail('count_empty');
  if (typeof input === 'number') return checkedCount(input, false);
  let s = compact(input).toLowerCase();
  if (s === '') return fail('count_empty');
  if (/^[-−–]/.test(s)) return fail('count_negative');
  s = s.replace(/^(?:约|近|超过|逾)/, (w) => (w === '超过' || w === '逾' ? '>' : ''));
  let atLeast = false;
  if (s.startsWith('>')) {
    atLeast = true;
    s = s.slice(1);
  }
  s = s.replace(/(?:人次|人|名|位)$/, '');
  const suffix = /(余|多|\+|以上)$/.exec(s);
  if (suffix) {
    atLeast = true;
    s = s.slice(0, -suffix[1]!.length);
  }
  s = s.replace(/(?:人次|人|名|位)$/, '');
  let multiplier = 1;
  if (s.endsWith('万')) {
    multiplier = 1e4;
    s = s.slice(0, -1);
  }
  if (!/^\d+(?:,\d+)*(?:\.\d+)?$/.test(s)) return fail('count_format');
  return checkedCount(Number(s.replace(/,/g, '')) * multiplier, atLeast);
}

function checkedCount(n: number, atLeast: boolean): ParseResult<ParsedCount, CountError> {
  if (!Number.isFinite(n)) return fail('count_format');
  if (n < 0) return fail('count_negative');
  const value = Math.round(n * 1e6) / 1e6;
  if (!Number.isInteger(value)) return fail('count_format');
  if (value > MAX_COUNT) return fail('count_too_large');
  return ok({ value, atLeast });
}
