/**
 * Links into the ledger. Every number on screen leads to the records behind it: a chart bar
 * narrows the current scope (a district, a type, an organization, a day) and opens the ledger.
 */
import type { GoodsKind } from '@/api/contract';
import type { ViewFilters } from './url-filters';
import { writeFilters } from './url-filters';

export type LedgerView = 'activities' | 'funds';

export interface LedgerLink {
  view?: LedgerView;
  /** Narrows the current scope; arrays replace the scope's list for that dimension. */
  narrow?: Partial<ViewFilters>;
  /** Keeps the language and other non-filter parameters of the current URL. */
  search?: string;
  /** Activities that delivered this kind of goods (the goods chart; not a shared filter). */
  goodsKind?: GoodsKind | undefined;
}

export const LEDGER_PATH = '/ledger';
/** The ledger's URL parameter for the goods kind (repeatable). */
export const LEDGER_GOODS_PARAM = 'goods';

export function ledgerHref(
  filters: ViewFilters,
  { view = 'activities', narrow = {}, search = '', goodsKind }: LedgerLink = {},
): string {
  const base = new URLSearchParams(search);
  base.set('view', view);
  base.delete(LEDGER_GOODS_PARAM);
  if (goodsKind) base.set(LEDGER_GOODS_PARAM, goodsKind);
  return `${LEDGER_PATH}${writeFilters(base.toString(), { ...filters, ...narrow })}`;
}
