/** The demo dataset the embedded backend starts from: the report's facts plus flagged illustrations. */
import type { Activity, District, FundAllocation, Organization, Site } from '@/api/contract';
import { districts } from './districts';
import {
  illustrativeActivities,
  illustrativeFunds,
  illustrativeOrganizations,
  illustrativeSites,
} from './illustrative';
import { reportedActivities, reportedFunds, reportedOrganizations, reportedSites } from './report';

export interface SeedDataset {
  districts: District[];
  organizations: Organization[];
  sites: Site[];
  activities: Activity[];
  funds: FundAllocation[];
}

export const seedDataset: SeedDataset = {
  districts,
  organizations: [...reportedOrganizations, ...illustrativeOrganizations],
  sites: [...reportedSites, ...illustrativeSites],
  activities: [...reportedActivities, ...illustrativeActivities],
  funds: [...reportedFunds, ...illustrativeFunds],
};
