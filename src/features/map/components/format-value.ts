import { formatMoney, formatNumber } from '@/i18n/format';
import type { Language } from '@/i18n';
import type { Measure } from '../lib/measure';

/** A measure's value in the reader's form: money as 万元 / CNY, counts with separators. */
export function formatMeasure(measure: Measure, value: number, lang: Language): string {
  return measure === 'funds' ? formatMoney(value, lang) : formatNumber(value, lang);
}
