/**
 * Numbers, money and dates in the reader's form. zh-CN: 万元 / 亿元 for large amounts and
 * 2023年8月7日; en: CNY with separators and Aug 7, 2023.
 */
import type { Language } from './languages';

const cache = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();
function numberFormat(lang: Language, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `n|${lang}|${JSON.stringify(options)}`;
  let f = cache.get(key) as Intl.NumberFormat | undefined;
  if (!f) {
    f = new Intl.NumberFormat(lang, options);
    cache.set(key, f);
  }
  return f;
}

function safe(n: number): number {
  return Number.isFinite(n) ? n : 0;
}

export function formatNumber(value: number, lang: Language, maximumFractionDigits = 0): string {
  return numberFormat(lang, { maximumFractionDigits }).format(safe(value));
}

/** "2,800余人" / "2,800+": the report's lower bounds stay lower bounds. */
export function formatCount(value: number, lang: Language, atLeast = false): string {
  const n = formatNumber(value, lang);
  if (!atLeast) return n;
  return lang === 'zh-CN' ? `${n}余` : `${n}+`;
}

export interface MoneyParts {
  /** The number as shown, e.g. "1,234.5". */
  value: string;
  /** The unit, e.g. "万元" or "CNY". */
  unit: string;
}

/** Money split into number and unit, so a KPI can style them apart. */
export function moneyParts(yuan: number, lang: Language): MoneyParts {
  const v = safe(yuan);
  if (lang === 'zh-CN') {
    if (Math.abs(v) >= 1e8) return { value: formatNumber(v / 1e8, lang, 2), unit: '亿元' };
    if (Math.abs(v) >= 1e4) return { value: formatNumber(v / 1e4, lang, 1), unit: '万元' };
    return { value: formatNumber(v, lang), unit: '元' };
  }
  return { value: formatNumber(v, lang), unit: 'CNY' };
}

/**
 * Money as a headline figure (the key figures' cards): zh-CN as everywhere (万元 / 亿元), and in
 * English a million or more as CNY 25.01M / 5.03B. "CNY 5,027,560,000" is too wide for a card and
 * broke across lines; the short form keeps the precision 亿元 with two decimals gives.
 */
export function moneyHeadline(yuan: number, lang: Language): MoneyParts {
  const v = safe(yuan);
  if (lang === 'zh-CN' || Math.abs(v) < 1e6) return moneyParts(v, lang);
  return {
    value: numberFormat(lang, { notation: 'compact', maximumFractionDigits: 2 }).format(v),
    unit: 'CNY',
  };
}

const joinMoney = ({ value, unit }: MoneyParts, lang: Language) =>
  lang === 'zh-CN' ? `${value} ${unit}` : `${unit} ${value}`;

export function formatMoney(yuan: number, lang: Language): string {
  return joinMoney(moneyParts(yuan, lang), lang);
}

/** `moneyHeadline` as one string: 2,501 万元 / CNY 25.01M. */
export function formatMoneyHeadline(yuan: number, lang: Language): string {
  return joinMoney(moneyHeadline(yuan, lang), lang);
}

/** Short form for chart axes: 120万 / 1.2亿 ; CNY 1.2M. */
export function formatMoneyCompact(yuan: number, lang: Language): string {
  const v = safe(yuan);
  if (lang === 'zh-CN') {
    if (Math.abs(v) >= 1e8) return `${formatNumber(v / 1e8, lang, 1)}亿`;
    if (Math.abs(v) >= 1e4) return `${formatNumber(v / 1e4, lang, 0)}万`;
    return formatNumber(v, lang);
  }
  return numberFormat(lang, { notation: 'compact', maximumFractionDigits: 1 }).format(v);
}

function dateFormat(lang: Language, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `d|${lang}|${JSON.stringify(options)}`;
  let f = cache.get(key) as Intl.DateTimeFormat | undefined;
  if (!f) {
    f = new Intl.DateTimeFormat(lang, options);
    cache.set(key, f);
  }
  return f;
}

/**
 * Days already written, by language and form. A filter change writes the label of every bar of
 * the time charts again (a bar per day over short ranges), and `Intl`'s `format` was then the
 * costliest call of the overview's own code; the days themselves repeat from change to change.
 * Emptied when full, so a long session cannot grow it without end.
 */
const writtenDays = new Map<string, string>();
const WRITTEN_DAYS_LIMIT = 20_000;

/** A calendar day (`2023-08-07`) as 2023年8月7日 / Aug 7, 2023. Invalid input is shown as is. */
export function formatDate(isoDate: string, lang: Language, withYear = true): string {
  const key = `${lang}|${withYear ? 'y' : ''}|${isoDate}`;
  const written = writtenDays.get(key);
  if (written !== undefined) return written;
  const d = new Date(`${isoDate}T00:00:00Z`);
  if (Number.isNaN(d.getTime())) return isoDate;
  const text = dateFormat(lang, {
    timeZone: 'UTC',
    year: withYear ? 'numeric' : undefined,
    month: lang === 'zh-CN' ? 'long' : 'short',
    day: 'numeric',
  }).format(d);
  if (writtenDays.size >= WRITTEN_DAYS_LIMIT) writtenDays.clear();
  writtenDays.set(key, text);
  return text;
}

/** Clock time in Beijing, HH:MM, for "data as of". */
export function formatTime(timestamp: string | number | Date, lang: Language): string {
  const d = new Date(timestamp);
  if (Number.isNaN(d.getTime())) return '—';
  return dateFormat(lang, {
    timeZone: 'Asia/Shanghai',
    hour: '2-digit',
    minute: '2-digit',
    hour12: false,
  }).format(d);
}

export function formatDateTime(timestamp: string, lang: Language): string {
  const d = new Date(timestamp);
  if (Number.isNaN(d.getTime())) return timestamp;
  return dateFormat(lang, {
    timeZone: 'Asia/Shanghai',
    year: 'numeric',
    month: lang === 'zh-CN' ? 'numeric' : 'short',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hour12: false,
  }).format(d);
}
