/** Axis ticks and labels that stay readable with zero, huge and hostile values. */
import { formatMoneyCompact } from '@/i18n/format';
import type { Language } from '@/i18n/languages';
import { labelWidth } from '@/lib/label-spacing';

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

const ELLIPSIS = '…';

/**
 * A label broken into at most `maxLines` lines that each fit `width` px (estimated with
 * `labelWidth`, no measuring in the page), for category axis ticks. Latin words stay whole where
 * they fit on a line; Chinese breaks between any two characters. What does not fit ends the last
 * line with an ellipsis (the tooltip and the table give the whole name).
 */
export function wrapLabel(
  label: string,
  width: number,
  fontSize: number,
  maxLines: number,
): string[] {
  const clean = label.replace(BIDI_CONTROLS, '').replace(/\s+/g, ' ').trim();
  // Pieces a line may break after: a word with its following space, or one CJK character.
  const pieces: string[] =
    clean.match(
      /[\u2e80-\u9fff\uac00-\ud7af\uff00-\uffef]|[^\s\u2e80-\u9fff\uac00-\ud7af\uff00-\uffef]+\s?|\s/g,
    ) ?? [];
  const fits = (text: string) => labelWidth(text.trimEnd(), fontSize) <= width;
  const lines: string[] = [];
  let line = '';
  let rest = pieces;
  while (rest.length > 0 && lines.length < maxLines) {
    const [piece, ...after] = rest as [string, ...string[]];
    if (fits(line + piece)) {
      line += piece;
      rest = after;
    } else if (line === '') {
      // One word wider than the line: it is cut where the line ends.
      const chars = [...piece];
      let taken = '';
      while (chars.length > 0 && fits(taken + chars[0])) taken += chars.shift();
      if (taken === '') taken = chars.shift() ?? '';
      lines.push(taken);
      rest = chars.length > 0 ? [chars.join(''), ...after] : after;
    } else {
      lines.push(line.trimEnd());
      line = '';
    }
  }
  if (line !== '' && lines.length < maxLines) lines.push(line.trimEnd());
  if (rest.length === 0) return lines;
  // Cut: the last line gives up characters until the ellipsis fits after it.
  const last = [...(lines.pop() ?? '')];
  while (last.length > 1 && !fits(`${last.join('').trimEnd()}${ELLIPSIS}`)) last.pop();
  lines.push(`${last.join('').trimEnd()}${ELLIPSIS}`);
  return lines;
}
