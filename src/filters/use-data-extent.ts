import { useQuery } from '@tanstack/react-query';
import { summaryQueries } from '@/api/resources/summary';
import { noFilters, toRecordFilters } from './url-filters';

const everything = toRecordFilters(noFilters);

/**
 * The latest day with any record and the data's as-of time, from the unfiltered summary (the
 * same query the overview makes without filters, so it is usually cached already). Relative
 * presets ("last 7 days") and open-ended periods count back from this day, not from today.
 */
export function useDataExtent(): {
  latestDay: string | undefined;
  asOf: string | undefined;
  isPending: boolean;
} {
  const query = useQuery({
    ...summaryQueries.forScope(everything),
    select: (s) => ({ latestDay: s.byDay.at(-1)?.date, asOf: s.asOf }),
  });
  return {
    latestDay: query.data?.latestDay,
    asOf: query.data?.asOf,
    isPending: query.isPending,
  };
}
