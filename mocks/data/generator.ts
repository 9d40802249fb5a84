/**
 * A deterministic dataset of any size, for the benchmark and scale tests: "100,000 activities and
 * 5,000 sites" must mean the same records on every run so that figures compare across commits.
 * Every generated record is illustrative.
 */
import type { Activity, ActivityType, FundAllocation, Site } from '@/api/contract';
import { activityTypes, goodsKinds, siteKinds } from '@/api/contract';
import { districts } from './districts';
import type { SeedDataset } from './index';
import { addDays, between, createRandom, pick } from './random';
import { reportedOrganizations, SEED_AUDIT } from './report';
import { illustrativeOrganizations } from './illustrative';

export interface GeneratorOptions {
  activities: number;
  sites: number;
  funds?: number;
  seed?: number;
}

const provenance = { kind: 'illustrative', note: 'generated' } as const;

export function generateDataset({
  activities: activityCount,
  sites: siteCount,
  funds: fundCount = Math.ceil(activityCount / 10),
  seed = 1,
}: GeneratorOptions): SeedDataset {
  const random = createRandom(seed);
  const organizations = [...reportedOrganizations, ...illustrativeOrganizations];
  const orgIds = organizations.map((o) => o.id);

  const sites: Site[] = [];
  for (let i = 0; i < siteCount; i += 1) {
    const district = pick(random, districts);
    const [lon, lat] = district.labelPoint;
    sites.push({
      id: `gen-site-${i}`,
      name: { zh: `${district.name.zh}站点${i}`, en: `${district.name.en} site ${i}` },
      kind: pick(random, siteKinds),
      districtCode: district.code,
      // Within ~5 km of the label point keeps points inside their district.
      location: {
        lon: lon + (random() - 0.5) * 0.08,
        lat: lat + (random() - 0.5) * 0.06,
        precision: 'approximate',
      },
      provenance,
    });
  }

  const activities: Activity[] = [];
  for (let i = 0; i < activityCount; i += 1) {
    const site = sites.length > 0 ? pick(random, sites) : null;
    const district = site?.districtCode ?? pick(random, districts).code;
    const type: ActivityType = pick(random, activityTypes);
    activities.push({
      id: `gen-act-${i}`,
      date: addDays('2023-07-29', between(random, 0, 120)),
      endDate: null,
      type,
      title: { zh: `生成活动 ${i}`, en: `Generated activity ${i}` },
      organizationId: pick(random, orgIds),
      partnerOrganizationIds: [],
      leaders: [],
      districtCodes: [district],
      siteIds: site ? [site.id] : [],
      workersServed: { value: between(random, 1, 500), basis: 'illustrative', atLeast: false },
      otherCounts: [],
      goods:
        random() < 0.5
          ? [
              {
                kind: pick(random, goodsKinds),
                quantity: between(random, 1, 500),
                unit: '份',
                basis: 'illustrative',
              },
            ]
          : [],
      cash: random() < 0.3 ? { yuan: between(random, 1, 50) * 1000, basis: 'illustrative' } : null,
      notes: '',
      provenance,
      ...SEED_AUDIT,
    });
  }

  const funds: FundAllocation[] = [];
  for (let i = 0; i < fundCount; i += 1) {
    funds.push({
      id: `gen-fund-${i}`,
      date: addDays('2023-07-29', between(random, 0, 120)),
      sourceOrganizationId: pick(random, orgIds),
      recipientDistrictCode: pick(random, districts).code,
      recipientOrganizationId: null,
      amount: { yuan: between(random, 1, 100) * 10_000, basis: 'illustrative' },
      purpose: { zh: '生成拨款', en: 'Generated allocation' },
      status: 'allocated',
      provenance,
      ...SEED_AUDIT,
    });
  }

  return { districts, organizations, sites, activities, funds };
}
