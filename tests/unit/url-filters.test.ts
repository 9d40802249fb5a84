import { describe, expect, it } from 'vitest';
import { hasAnyFilter, noFilters, parseFilters, writeFilters } from '@/filters/url-filters';

describe('filters in the URL', () => {
  it('round-trips every filter and keeps unrelated parameters', () => {
    const filters = {
      from: '2023-07-29',
      to: '2023-08-31',
      districts: ['110116', '110111'],
      types: ['heat_relief' as const, 'condolence_visit' as const],
      organizations: ['org-bjftu'],
      excludeIllustrative: true,
    };
    const search = writeFilters('?lang=en', filters);
    expect(search).toContain('lang=en');
    const back = parseFilters(search);
    expect(back).toEqual({
      ...filters,
      districts: ['110111', '110116'],
      types: ['condolence_visit', 'heat_relief'],
    });
  });

  it('drops malformed values instead of failing', () => {
    const f = parseFilters(
      '?from=yesterday&to=2023-13-45&district=999&district=110111&type=party&facts=yes',
    );
    expect(f).toEqual({ ...noFilters, districts: ['110111'] });
  });

  it('swaps a reversed date range', () => {
    expect(parseFilters('?from=2023-08-31&to=2023-08-01')).toMatchObject({
      from: '2023-08-01',
      to: '2023-08-31',
    });
  });

  it('writes nothing for no filters', () => {
    expect(writeFilters('', noFilters)).toBe('');
    expect(hasAnyFilter(noFilters)).toBe(false);
    expect(hasAnyFilter({ ...noFilters, excludeIllustrative: true })).toBe(true);
  });
});
