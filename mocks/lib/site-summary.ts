/** The per-site aggregate behind GET /sites/summary: a pure function, like mocks/lib/query.ts. */
import type { Activity, ActivityType, RecordFilters, Site, SiteSummary } from '@/api/contract';
import { activityMatcher, emptySplit } from './query';

interface Acc {
  activities: number;
  workersServed: ReturnType<typeof emptySplit>;
  firstDate: string;
  lastDate: string;
  organizationIds: Set<string>;
  types: Map<ActivityType, number>;
}

/**
 * Every site that an activity in scope refers to. With a district filter, only sites in those
 * districts (an activity in two districts lists sites of both). A site id that no longer exists
 * is still listed (without a district filter) so the client can say it could not be placed.
 */
export function summarizeSites(
  activities: Iterable<Activity>,
  sites: ReadonlyMap<string, Site>,
  filters: RecordFilters,
  asOf: string,
): SiteSummary {
  const bySite = new Map<string, Acc>();
  const districts = filters.districts?.length ? new Set(filters.districts) : null;
  const matches = activityMatcher(filters);
  for (const a of activities) {
    if (a.siteIds.length === 0 || !matches(a)) continue;
    const workers =
      a.workersServed && !(filters.excludeIllustrative && a.workersServed.basis === 'illustrative')
        ? a.workersServed
        : null;
    const end = a.endDate ?? a.date;
    for (const siteId of new Set(a.siteIds)) {
      if (districts) {
        const site = sites.get(siteId);
        if (!site || !districts.has(site.districtCode)) continue;
      }
      let acc = bySite.get(siteId);
      if (!acc) {
        acc = {
          activities: 0,
          workersServed: emptySplit(),
          firstDate: a.date,
          lastDate: end,
          organizationIds: new Set(),
          types: new Map(),
        };
        bySite.set(siteId, acc);
      }
      acc.activities += 1;
      if (workers) acc.workersServed[workers.basis] += workers.value;
      if (a.date < acc.firstDate) acc.firstDate = a.date;
      if (end > acc.lastDate) acc.lastDate = end;
      acc.organizationIds.add(a.organizationId);
      for (const o of a.partnerOrganizationIds) acc.organizationIds.add(o);
      acc.types.set(a.type, (acc.types.get(a.type) ?? 0) + 1);
    }
  }
  return {
    asOf,
    sites: [...bySite.keys()].sort().map((siteId) => {
      const acc = bySite.get(siteId)!;
      return {
        siteId,
        activities: acc.activities,
        workersServed: acc.workersServed,
        firstDate: acc.firstDate,
        lastDate: acc.lastDate,
        organizationIds: [...acc.organizationIds].sort(),
        types: [...acc.types.entries()]
          .sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1))
          .map(([t]) => t),
      };
    }),
  };
}
