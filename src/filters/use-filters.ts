import { useCallback, useMemo } from 'react';
import { useLocation, useSearch } from 'wouter';
import { parseFilters, toRecordFilters, writeFilters, type ViewFilters } from './url-filters';

/** The current scope from the URL, and a way to change it (which updates the URL). */
export function useFilters() {
  const search = useSearch();
  const [location, navigate] = useLocation();
  // Keyed on the filters' canonical form, not the raw query string: a change of another
  // parameter (the map's measure, the ledger's sort, the language) keeps the same objects, so
  // charts, KPIs and the map do not re-render for it.
  const scopeKey = writeFilters('', parseFilters(search));
  const filters = useMemo(() => parseFilters(scopeKey), [scopeKey]);
  const recordFilters = useMemo(() => toRecordFilters(filters), [filters]);

  const setFilters = useCallback(
    (change: Partial<ViewFilters> | ((f: ViewFilters) => ViewFilters)) => {
      const next = typeof change === 'function' ? change(filters) : { ...filters, ...change };
      navigate(`${location}${writeFilters(search, next)}`);
    },
    [filters, location, navigate, search],
  );

  return { filters, recordFilters, setFilters };
}
