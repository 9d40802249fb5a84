/** Axis ticks and labels that stay readable with zero, huge and hostile values. */
import { formatMoneyCompact } from '@/i18n/format';
import type { Language } from '@/i18n/languages';

const compactFormats = new Map<Language, Intl.NumberFormat>();

/** 0, 950, 1.2万 / 1.2K, 3.4亿 / 3.4B. Non-finite values show as 0. */
export function formatCountCompact(value: number, lang: Language): string {
  let f = compactFormats.get(lang);
  if (!f) {
    f = new Intl.NumberFormat(lang, { notation: 'compact', maximumFractionDigits: 1 });
    compactFormats.set(lang, f);
  }
  return f.format(Number.isFinite(value) ? value : 0);
}

export function tickFormatter(kind: 'money' | 'count', lang: Language) {
  return (value: unknown) => {
    const n = typeof value === 'number' ? value : Number(value);
    return kind === 'money' ? formatMoneyCompact(n, lang) : formatCountCompact(n, lang);
  };
}

// Bidi controls would reorder the rest of an SVG text line; the table shows the name as is.
const BIDI_CONTROLS = /[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** A label cut to `max` characters (code points) with an ellipsis, for axis ticks. */
export function truncateLabel(label: string, max: number): string {
  const clean = label.replace(BIDI_CONTROLS, '');
  const chars = [...clean];
  if (chars.length <= max) return clean;
  return `${chars.slice(0, Math.max(1, max - 1)).join('')}…`;
}
