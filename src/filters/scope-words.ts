import type { TFunction } from 'i18next';
import { formatDate } from '@/i18n/format';
import type { Language } from '@/i18n/languages';
import type { ViewFilters } from './url-filters';

const MAX_NAME = 40;

/** Long (or hostile 10,000-character) names are cut for the one-line scope. */
function clip(name: string): string {
  const chars = [...name];
  return chars.length > MAX_NAME ? `${chars.slice(0, MAX_NAME - 1).join('')}…` : name;
}

export interface ScopeNames {
  district: (code: string) => string;
  organization: (id: string) => string;
  type: (type: string) => string;
}

/**
 * The scope in words, for the page and the printed report: "2023年8月1日至2023年8月7日；房山区；
 * 仅报道与录入的事实". `t` must be bound to the filters namespace.
 */
export function describeScope(
  filters: ViewFilters,
  names: ScopeNames,
  t: TFunction,
  lang: Language,
): string {
  const list = (xs: string[]) => xs.map((x) => clip(x)).join(t('listSeparator'));
  const parts: string[] = [];
  const from = filters.from ? formatDate(filters.from, lang) : undefined;
  const to = filters.to ? formatDate(filters.to, lang) : undefined;
  if (from && to) parts.push(t('scopeRange', { from, to }));
  else if (from) parts.push(t('scopeFrom', { from }));
  else if (to) parts.push(t('scopeTo', { to }));
  if (filters.districts.length) parts.push(list(filters.districts.map(names.district)));
  if (filters.types.length) parts.push(list(filters.types.map(names.type)));
  if (filters.organizations.length) parts.push(list(filters.organizations.map(names.organization)));
  if (filters.excludeIllustrative) parts.push(t('scopeFacts'));
  return parts.length ? parts.join(t('partSeparator')) : t('scopeAll');
}
