/** Goods in words: "饮用水 200 箱" / "Drinking water 200 boxes". */
import type { GoodsLine } from '@/api/contract';
import { commonMessages } from './common';
import { formatNumber } from './format';
import type { Language, Translate } from './languages';

/** The measure words that have an English name, in the messages' order (箱, 盒, 份, …). */
export const measureWords: readonly string[] = Object.keys(commonMessages['zh-CN'].measureWord)
  .filter((key) => key.endsWith('_other'))
  .map((key) => key.slice(0, -'_other'.length));

/**
 * The unit in the reader's language. Units are free text, kept as typed; the measure words staff
 * write most have an English name (common `measureWord`), singular or plural by the quantity.
 * Anything else is shown as typed. Only units of Chinese characters are looked up: i18next would
 * read '.' and ':' in a key as separators, and braces in a default value as a template. `t` is
 * the common namespace's.
 */
export function goodsUnit(unit: string, quantity: number, t: Translate): string {
  const typed = unit.trim();
  if (!/^\p{Script=Han}{1,4}$/u.test(typed)) return typed;
  return t(`measureWord.${typed}`, { count: quantity, defaultValue: typed });
}

export function goodsLineText(line: GoodsLine, t: Translate, lang: Language): string {
  const kind = t(`goodsKind.${line.kind}`, { defaultValue: line.kind });
  if (line.quantity === null) return kind;
  const unit = goodsUnit(line.unit, line.quantity, t);
  return `${kind} ${formatNumber(line.quantity, lang, 2)}${unit ? ` ${unit}` : ''}`;
}
