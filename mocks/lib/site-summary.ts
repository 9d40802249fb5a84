/**
 * The per-site aggregates behind GET /sites/summary (every site, what a marker needs) and
 * GET /sites/{id}/summary (one site, what its popup says): pure functions, like query.ts.
 */
import type {
  Activity,
  ActivityType,
  RecordFilters,
  Site,
  SiteDetail,
  SiteSummary,
} from '@/api/contract';
import { activityMatcher, counts, emptySplit } from './query';

/**
 * Calls `visit` once per (activity in scope, site it took place at). With a district filter,
 * only sites in those districts (an activity in two districts lists sites of both). A site id
 * that no longer exists is still visited (without a district filter) so the client can say it
 * could not be placed.
 */
function forEachSiteVisit(
  activities: Iterable<Activity>,
  sites: ReadonlyMap<string, Site>,
  filters: RecordFilters,
  visit: (siteId: string, activity: Activity) => void,
  onlySiteId?: string,
) {
  const districts = filters.districts?.length ? new Set(filters.districts) : null;
  const matches = activityMatcher(filters);
  for (const a of activities) {
    if (a.siteIds.length === 0) continue;
    if (onlySiteId !== undefined && !a.siteIds.includes(onlySiteId)) continue;
    if (!matches(a)) continue;
    for (const siteId of new Set(a.siteIds)) {
      if (onlySiteId !== undefined && siteId !== onlySiteId) continue;
      if (districts) {
        const site = sites.get(siteId);
        if (!site || !districts.has(site.districtCode)) continue;
      }
      visit(siteId, a);
    }
  }
}

/** Types by count, most frequent first; ties by name, so the order is stable. */
function byFrequency(counts: ReadonlyMap<ActivityType, number>): ActivityType[] {
  return [...counts.entries()]
    .sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1))
    .map(([t]) => t);
}

export function summarizeSites(
  activities: Iterable<Activity>,
  sites: ReadonlyMap<string, Site>,
  filters: RecordFilters,
  asOf: string,
): SiteSummary {
  const bySite = new Map<string, { activities: number; types: Map<ActivityType, number> }>();
  forEachSiteVisit(activities, sites, filters, (siteId, a) => {
    let acc = bySite.get(siteId);
    if (!acc) bySite.set(siteId, (acc = { activities: 0, types: new Map() }));
    acc.activities += 1;
    acc.types.set(a.type, (acc.types.get(a.type) ?? 0) + 1);
  });
  return {
    asOf,
    sites: [...bySite.keys()].sort().map((siteId) => {
      const acc = bySite.get(siteId)!;
      return { siteId, activities: acc.activities, mainType: byFrequency(acc.types)[0]! };
    }),
  };
}

export function summarizeSite(
  siteId: string,
  activities: Iterable<Activity>,
  sites: ReadonlyMap<string, Site>,
  filters: RecordFilters,
  asOf: string,
): SiteDetail {
  const visits: Activity[] = [];
  forEachSiteVisit(activities, sites, filters, (_, a) => visits.push(a), siteId);
  if (visits.length === 0) return { asOf, site: null };
  const workersServed = emptySplit();
  const organizationIds = new Set<string>();
  const types = new Map<ActivityType, number>();
  let firstDate = visits[0]!.date;
  let lastDate = firstDate;
  for (const a of visits) {
    const end = a.endDate ?? a.date;
    if (a.date < firstDate) firstDate = a.date;
    if (end > lastDate) lastDate = end;
    if (a.workersServed && counts(a.workersServed.basis, filters))
      workersServed[a.workersServed.basis] += a.workersServed.value;
    organizationIds.add(a.organizationId);
    for (const o of a.partnerOrganizationIds) organizationIds.add(o);
    types.set(a.type, (types.get(a.type) ?? 0) + 1);
  }
  return {
    asOf,
    site: {
      siteId,
      activities: visits.length,
      workersServed,
      firstDate,
      lastDate,
      organizationIds: [...organizationIds].sort(),
      types: byFrequency(types),
    },
  };
}
