/**
 * The ledger's own URL parameters, next to the shared filter scope: which table (`view`), the
 * search text (`q`), the order (`sort`, the API's `field` / `-field`) and the goods kinds
 * delivered (`goods`, repeated; activities only — the goods chart's bars link here). Unknown
 * values fall back to the defaults rather than breaking the page.
 */
import { goodsKindSchema, type GoodsKind } from '@/api/contract';
import { LEDGER_GOODS_PARAM, type LedgerView } from '@/filters/links';

export const LEDGER_PARAMS = ['view', 'q', 'sort', LEDGER_GOODS_PARAM] as const;

export const sortFields: Record<LedgerView, readonly string[]> = {
  activities: ['date', 'type', 'workersServed', 'cash', 'updatedAt'],
  funds: ['date', 'amount', 'status', 'updatedAt'],
};

export const DEFAULT_SORT = '-date';
/** "Recent changes": the last changed first. */
export const RECENT_SORT = '-updatedAt';
/** Longest search the ledger sends; longer pasted text is cut. */
export const MAX_QUERY_LENGTH = 200;

export interface LedgerParams {
  view: LedgerView;
  q: string;
  sort: string;
  /** Activities that delivered any of these kinds; empty: no goods filter. */
  goods: GoodsKind[];
}

export interface SortSpec {
  field: string;
  descending: boolean;
}

export function parseSort(sort: string): SortSpec {
  const descending = sort.startsWith('-');
  return { field: descending ? sort.slice(1) : sort, descending };
}

function validSort(view: LedgerView, sort: string | null): string {
  if (!sort) return DEFAULT_SORT;
  return sortFields[view].includes(parseSort(sort).field) ? sort : DEFAULT_SORT;
}

export function parseLedgerParams(search: string): LedgerParams {
  const p = new URLSearchParams(search);
  const view: LedgerView = p.get('view') === 'funds' ? 'funds' : 'activities';
  const q = (p.get('q') ?? '').slice(0, MAX_QUERY_LENGTH);
  const goods = [
    ...new Set(
      p
        .getAll(LEDGER_GOODS_PARAM)
        .filter((g): g is GoodsKind => goodsKindSchema.safeParse(g).success),
    ),
  ].sort();
  return { view, q, sort: validSort(view, p.get('sort')), goods };
}

/** Writes the ledger's parameters, keeping the filters and everything else in the URL. */
export function writeLedgerParams(search: string, change: Partial<LedgerParams>): string {
  const p = new URLSearchParams(search);
  const next = { ...parseLedgerParams(search), ...change };
  // Another table has other sort fields: switching view starts from the default order.
  if (
    change.view &&
    change.sort === undefined &&
    !sortFields[change.view].includes(parseSort(next.sort).field)
  )
    next.sort = DEFAULT_SORT;
  p.set('view', next.view);
  if (next.q.trim()) p.set('q', next.q);
  else p.delete('q');
  if (next.sort !== DEFAULT_SORT) p.set('sort', next.sort);
  else p.delete('sort');
  p.delete(LEDGER_GOODS_PARAM);
  for (const g of [...new Set(next.goods)].sort()) p.append(LEDGER_GOODS_PARAM, g);
  const s = p.toString();
  return s ? `?${s}` : '';
}

/** Clicking a column header: first descending for dates and figures, then the other way. */
export function nextSort(current: string, field: string): string {
  const { field: currentField, descending } = parseSort(current);
  if (currentField !== field) return `-${field}`;
  return descending ? field : `-${field}`;
}
