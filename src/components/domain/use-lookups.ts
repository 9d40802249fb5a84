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

/** One Map per fetched list, shared by every component that asks (lists can be long). */
const maps = new WeakMap<readonly object[], ReadonlyMap<string, unknown>>();
const EMPTY: readonly never[] = [];

function byKey<T extends object>(rows: readonly T[] | undefined, key: (row: T) => string) {
  const list = rows ?? EMPTY;
  let map = maps.get(list) as ReadonlyMap<string, T> | undefined;
  if (!map) {
    map = new Map(list.map((r) => [key(r), r]));
    maps.set(list, map);
  }
  return map;
}

/** Reference records by id, for showing names next to the ids records carry. */
export function useLookups(): Lookups {
  const districts = useQuery(referenceQueries.districts());
  const organizations = useQuery(referenceQueries.organizations());
  const sites = useQuery(referenceQueries.sites());
  return useMemo(
    () => ({
      districts: byKey(districts.data, (d) => d.code),
      organizations: byKey(organizations.data, (o) => o.id),
      sites: byKey(sites.data, (s) => s.id),
      ready: Boolean(districts.data && organizations.data && sites.data),
    }),
    [districts.data, organizations.data, sites.data],
  );
}
