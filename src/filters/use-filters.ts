import { useCallback, useMemo } from 'react';
import { useLocation, useSearch } from 'wouter';
import { LEDGER_GOODS_PARAM } from './links';
import {
  hasAnyFilter,
  noFilters,
  parseFilters,
  toRecordFilters,
  writeFilters,
  type ViewFilters,
} from './url-filters';

/** The current scope from the URL, and ways to change or clear it (which update the URL). */
export function useFilters() {
  const search = useSearch();
  const [location, navigate] = useLocation();
  // Keyed on the filters' canonical form, not the raw query string: a change of another
  // parameter (the map's measure, the ledger's sort, the language) keeps the same objects, so
  // charts, KPIs and the map do not re-render for it.
  // Every widget reads the filters: read the query string once per change of it, not per render.
  const scopeKey = useMemo(() => writeFilters('', parseFilters(search)), [search]);
  const filters = useMemo(() => parseFilters(scopeKey), [scopeKey]);
  const recordFilters = useMemo(() => toRecordFilters(filters), [filters]);

  const setFilters = useCallback(
    (change: Partial<ViewFilters> | ((f: ViewFilters) => ViewFilters)) => {
      const next = typeof change === 'function' ? change(filters) : { ...filters, ...change };
      navigate(`${location}${writeFilters(search, next)}`);
    },
    [filters, location, navigate, search],
  );

  // The ledger's goods kinds (a goods bar opens the ledger with them) narrow what is shown too:
  // clearing the scope clears them with the rest.
  const goodsFiltered = new URLSearchParams(search).has(LEDGER_GOODS_PARAM);
  const anyFilter = hasAnyFilter(filters) || goodsFiltered;
  const clearFilters = useCallback(() => {
    const rest = new URLSearchParams(search);
    rest.delete(LEDGER_GOODS_PARAM);
    navigate(`${location}${writeFilters(rest.toString(), noFilters)}`);
  }, [location, navigate, search]);

  return { filters, recordFilters, setFilters, anyFilter, clearFilters };
}
