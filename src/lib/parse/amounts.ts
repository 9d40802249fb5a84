/**
 * Money in yuan as staff write it: 5万, 5万元, 50,000, 50000.00, ￥5,000, ¥5000, 5千, 0.5亿,
 * RMB 5000, full-width digits and commas. Negative amounts and anything else are errors.
 */
import { compact } from './text';
import { fail, ok, type ParseResult } from './result';

export type AmountError = 'amount_empty' | 'amount_negative' | 'amount_format' | 'amount_too_large';

const MAX_YUAN = 1e12;

/** Chinese unit words, longest first so 千万 wins over 万. */
const MULTIPLIERS: [string, number][] = [
  ['千万', 1e7],
  ['百万', 1e6],
  ['十万', 1e5],
  ['亿', 1e8],
  ['万', 1e4],
  ['千', 1e3],
];

const NUMBER = /^\d+(?:,\d+)*(?:\.\d+)?$|^\.\d+$/;

/**
 * @param unitMultiplier the column's unit when its header says so (金额（万元） → 10,000); a unit
 * written in the cell itself wins.
 */
export function parseAmount(
  input: string | number | null | undefined,
  unitMultiplier = 1,
): ParseResult<number, AmountError> {
  if (input === null || input === undefined) return fail('amount_empty');
  if (typeof input === 'number') return checkedAmount(input * unitMultiplier);
  let s = compact(input).toLowerCase();
  if (s === '') return fail('amount_empty');
  if (/^[-−–]|^\(.*\)$/.test(s)) return fail('amount_negative');
  s = s.replace(/^(?:￥|¥|rmb|cny)/, '');
  s = s.replace(/(?:元|圆|块|rmb|cny|yuan)$/, '');
  if (/^[-−–]/.test(s)) return fail('amount_negative');
  let multiplier = unitMultiplier;
  for (const [word, factor] of MULTIPLIERS) {
    if (s.endsWith(word)) {
      s = s.slice(0, -word.length);
      multiplier = factor;
      break;
    }
  }
  if (!NUMBER.test(s)) return fail('amount_format');
  return checkedAmount(Number(s.replace(/,/g, '')) * multiplier);
}

function checkedAmount(yuan: number): ParseResult<number, AmountError> {
  if (!Number.isFinite(yuan)) return fail('amount_format');
  if (yuan < 0) return fail('amount_negative');
  // Cents at most; 0.1 × 10,000 must be 1,000, not 1,000.0000000001.
  const rounded = Math.round(yuan * 100) / 100;
  if (rounded > MAX_YUAN) return fail('amount_too_large');
  return ok(rounded);
}

/** The unit a header announces: 金额（万元） → 10,000; 金额(元) or none → 1. */
export function headerUnitMultiplier(header: string): number {
  const h = compact(header);
  if (/亿元/.test(h)) return 1e8;
  if (/万元/.test(h)) return 1e4;
  if (/千元/.test(h)) return 1e3;
  return 1;
}
