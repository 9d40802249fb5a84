/**
 * Names for the ids records carry, in the reader's language. An id the reference lists do not
 * know is shown as it is (never dropped), so a record never looks emptier than it is.
 */
import type { GoodsLine } from '@/api/contract';
import type { Lookups } from '@/components/domain/use-lookups';
import { goodsLineText } from '@/i18n/goods';
import type { Language, Translate } from '@/i18n/languages';
import { localName } from '@/i18n/localized';

export type NameLookups = Pick<Lookups, 'districts' | 'organizations' | 'sites'>;
export type { Translate };

export const listSeparator = (lang: Language) => (lang === 'zh-CN' ? '、' : ', ');

export function organizationName(id: string, lookups: NameLookups, lang: Language): string {
  const o = lookups.organizations.get(id);
  return o ? localName(o.name, lang) : id;
}

export function districtName(code: string, lookups: NameLookups, lang: Language): string {
  const d = lookups.districts.get(code);
  return d ? localName(d.name, lang) : code;
}

export function siteName(id: string, lookups: NameLookups, lang: Language): string {
  const s = lookups.sites.get(id);
  return s ? localName(s.name, lang) : id;
}

export function joinNames(
  ids: readonly string[],
  name: (id: string) => string,
  lang: Language,
): string {
  return ids.map(name).join(listSeparator(lang));
}

/** "饮用水 200 箱、食品" / "Drinking water 200 boxes, Food". */
export function goodsText(goods: readonly GoodsLine[], t: Translate, lang: Language): string {
  return goods.map((g) => goodsLineText(g, t, lang)).join(listSeparator(lang));
}
