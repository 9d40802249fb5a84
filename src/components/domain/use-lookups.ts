import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { District, Organization, Site } from '@/api/contract';
import { referenceQueries } from '@/api/resources/reference';

export interface Lookups {
  districts: ReadonlyMap<string, District>;
  organizations: ReadonlyMap<string, Organization>;
  sites: ReadonlyMap<string, Site>;
  /** False until all three lists have arrived (names then show ids). */
  ready: boolean;
}

/** Reference records by id, for showing names next to the ids records carry. */
export function useLookups(): Lookups {
  const districts = useQuery(referenceQueries.districts());
  const organizations = useQuery(referenceQueries.organizations());
  const sites = useQuery(referenceQueries.sites());
  return useMemo(
    () => ({
      districts: new Map((districts.data ?? []).map((d) => [d.code, d])),
      organizations: new Map((organizations.data ?? []).map((o) => [o.id, o])),
      sites: new Map((sites.data ?? []).map((s) => [s.id, s])),
      ready: Boolean(districts.data && organizations.data && sites.data),
    }),
    [districts.data, organizations.data, sites.data],
  );
}
