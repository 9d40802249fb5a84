import type { Activity, ActivityInput, FundAllocation } from '@/api/contract';

const audit = {
  createdAt: '2023-08-20T09:00:00+08:00',
  updatedAt: '2023-08-20T09:00:00+08:00',
  createdBy: 'test',
  updatedBy: 'test',
  version: 1,
};

let n = 0;

/** A valid activity; override only what the test is about. */
export function makeActivity(overrides: Partial<Activity> = {}): Activity {
  n += 1;
  return {
    id: `test-act-${n}`,
    date: '2023-08-07',
    endDate: null,
    type: 'condolence_visit',
    title: { zh: `测试活动 ${n}`, en: `Test activity ${n}` },
    organizationId: 'org-test',
    partnerOrganizationIds: [],
    leaders: [],
    districtCodes: ['110111'],
    siteIds: [],
    workersServed: null,
    otherCounts: [],
    goods: [],
    cash: null,
    notes: '',
    provenance: { kind: 'illustrative', note: '' },
    ...audit,
    ...overrides,
  };
}

export function makeFund(overrides: Partial<FundAllocation> = {}): FundAllocation {
  n += 1;
  return {
    id: `test-fund-${n}`,
    date: '2023-08-07',
    sourceOrganizationId: 'org-test',
    recipientDistrictCode: '110111',
    recipientOrganizationId: null,
    amount: { yuan: 100_000, basis: 'illustrative' },
    purpose: { zh: '测试', en: 'Test' },
    status: 'allocated',
    provenance: { kind: 'illustrative', note: '' },
    ...audit,
    ...overrides,
  };
}

/** A visit recorded in Huairou serving 120 workers, as staff would enter it (tests of writes). */
export const huairouVisitInput: ActivityInput = {
  date: '2023-08-09',
  type: 'condolence_visit',
  title: { zh: '怀柔慰问', en: '' },
  organizationId: 'org-huairou-ftu',
  districtCodes: ['110116'],
  workersServed: { value: 120, basis: 'entered', atLeast: false },
  provenance: { kind: 'entered', note: '' },
};
