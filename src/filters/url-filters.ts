/**
 * The view's scope (filters) lives in the URL so a link reopens the same view. These pure
 * functions translate between the query string and `RecordFilters`; unknown or malformed
 * values are dropped rather than breaking the page.
 */
import {
  activityTypeSchema,
  districtCodeSchema,
  isoDateSchema,
  type ActivityType,
  type RecordFilters,
} from '@/api/contract';

export interface ViewFilters {
  from: string | undefined;
  to: string | undefined;
  districts: string[];
  types: ActivityType[];
  organizations: string[];
  excludeIllustrative: boolean;
}

export const noFilters: ViewFilters = {
  from: undefined,
  to: undefined,
  districts: [],
  types: [],
  organizations: [],
  excludeIllustrative: false,
};

/** The parameter names, shared by every route (lang is handled by i18n). */
export const FILTER_PARAMS = ['from', 'to', 'district', 'type', 'org', 'facts'] as const;

const uniq = <T>(xs: T[]) => [...new Set(xs)];

export function parseFilters(search: string): ViewFilters {
  const p = new URLSearchParams(search);
  const date = (name: string) => {
    const v = p.get(name);
    return v && isoDateSchema.safeParse(v).success ? v : undefined;
  };
  let from = date('from');
  let to = date('to');
  if (from && to && from > to) [from, to] = [to, from];
  return {
    from,
    to,
    districts: uniq(p.getAll('district').filter((d) => districtCodeSchema.safeParse(d).success)),
    types: uniq(
      p.getAll('type').filter((t): t is ActivityType => activityTypeSchema.safeParse(t).success),
    ),
    organizations: uniq(p.getAll('org').filter((o) => o.length > 0 && o.length <= 100)),
    excludeIllustrative: p.get('facts') === '1',
  };
}

/** Writes filters into a query string, keeping unrelated parameters (lang, scene…). */
export function writeFilters(search: string, filters: ViewFilters): string {
  const p = new URLSearchParams(search);
  for (const name of FILTER_PARAMS) p.delete(name);
  if (filters.from) p.set('from', filters.from);
  if (filters.to) p.set('to', filters.to);
  for (const d of [...filters.districts].sort()) p.append('district', d);
  for (const t of [...filters.types].sort()) p.append('type', t);
  for (const o of [...filters.organizations].sort()) p.append('org', o);
  if (filters.excludeIllustrative) p.set('facts', '1');
  const s = p.toString();
  return s ? `?${s}` : '';
}

export function hasAnyFilter(f: ViewFilters): boolean {
  return Boolean(
    f.from ||
    f.to ||
    f.districts.length ||
    f.types.length ||
    f.organizations.length ||
    f.excludeIllustrative,
  );
}

/** The API's form of the filters; stable key order keeps query keys stable. */
export function toRecordFilters(f: ViewFilters): RecordFilters {
  return {
    from: f.from,
    to: f.to,
    districts: [...f.districts].sort(),
    types: [...f.types].sort(),
    organizations: [...f.organizations].sort(),
    excludeIllustrative: f.excludeIllustrative,
  };
}
