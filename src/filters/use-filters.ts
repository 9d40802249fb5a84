import { useCallback, useMemo } from 'react';
import { useLocation, useSearch } from 'wouter';
import { parseFilters, toRecordFilters, writeFilters, type ViewFilters } from './url-filters';

/** The current scope from the URL, and a way to change it (which updates the URL). */
export function useFilters() {
  const search = useSearch();
  const [location, navigate] = useLocation();
  const filters = useMemo(() => parseFilters(search), [search]);
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
