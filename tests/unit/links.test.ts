import { describe, expect, it } from 'vitest';
import { ledgerHref } from '@/filters/links';
import { noFilters, parseFilters } from '@/filters/url-filters';

describe('ledger links', () => {
  it('narrow the current scope and keep the language', () => {
    const scope = { ...noFilters, from: '2023-08-01', excludeIllustrative: true };
    const href = ledgerHref(scope, {
      view: 'funds',
      narrow: { districts: ['110111'] },
      search: 'lang=en&district=110116',
    });
    const [path, query = ''] = href.split('?');
    expect(path).toBe('/ledger');
    const params = new URLSearchParams(query);
    expect(params.get('view')).toBe('funds');
    expect(params.get('lang')).toBe('en');
    expect(parseFilters(query)).toMatchObject({
      from: '2023-08-01',
      districts: ['110111'],
      excludeIllustrative: true,
    });
  });
});
