import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SORT,
  nextSort,
  parseLedgerParams,
  writeLedgerParams,
} from '@/features/ledger/lib/params';
import { ledgerHref } from '@/filters/links';
import { noFilters, parseFilters } from '@/filters/url-filters';

describe('ledger URL parameters', () => {
  it('reads view, search and sort, falling back on unknown values', () => {
    expect(parseLedgerParams('')).toEqual({
      view: 'activities',
      q: '',
      sort: DEFAULT_SORT,
      goods: [],
    });
    expect(parseLedgerParams('view=funds&q=房山&sort=amount')).toEqual({
      view: 'funds',
      q: '房山',
      sort: 'amount',
      goods: [],
    });
    // cash is an activity field, not a fund field; "bogus" is neither
    expect(parseLedgerParams('view=funds&sort=-cash').sort).toBe(DEFAULT_SORT);
    expect(parseLedgerParams('view=tables&sort=bogus')).toEqual({
      view: 'activities',
      q: '',
      sort: DEFAULT_SORT,
      goods: [],
    });
    // goods kinds: known ones only, each once, in a stable order
    expect(parseLedgerParams('goods=water&goods=gold&goods=food&goods=water').goods).toEqual([
      'food',
      'water',
    ]);
    expect(parseLedgerParams(`q=${'长'.repeat(5000)}`).q).toHaveLength(200);
  });

  it('writes its parameters and keeps the filters and the language', () => {
    const search = writeLedgerParams('district=110111&lang=en', { q: '清淤', sort: '-updatedAt' });
    const p = new URLSearchParams(search);
    expect(p.getAll('district')).toEqual(['110111']);
    expect(p.get('lang')).toBe('en');
    expect(p.get('q')).toBe('清淤');
    expect(p.get('sort')).toBe('-updatedAt');
    // defaults are left out of the URL
    expect(writeLedgerParams(search, { q: '', sort: DEFAULT_SORT })).toBe(
      '?district=110111&lang=en&view=activities',
    );
  });

  it('starts from the default order when switching to a table without the sort field', () => {
    expect(parseLedgerParams(writeLedgerParams('sort=cash', { view: 'funds' })).sort).toBe(
      DEFAULT_SORT,
    );
    expect(parseLedgerParams(writeLedgerParams('sort=-updatedAt', { view: 'funds' })).sort).toBe(
      '-updatedAt',
    );
  });

  it('toggles a column: descending first, then ascending', () => {
    expect(nextSort('-date', 'cash')).toBe('-cash');
    expect(nextSort('-cash', 'cash')).toBe('cash');
    expect(nextSort('cash', 'cash')).toBe('-cash');
  });

  it('understands the links the charts make', () => {
    const href = ledgerHref(noFilters, {
      view: 'funds',
      narrow: { districts: ['110111'], excludeIllustrative: true },
      search: 'lang=en',
    });
    const search = href.split('?')[1] ?? '';
    expect(href.startsWith('/ledger?')).toBe(true);
    expect(parseLedgerParams(search).view).toBe('funds');
    expect(parseFilters(search)).toMatchObject({
      districts: ['110111'],
      excludeIllustrative: true,
    });
  });
});

describe('the goods kind in ledger links', () => {
  it('a goods link narrows to that kind; other links drop a goods kind left in the URL', () => {
    const href = ledgerHref(noFilters, { goodsKind: 'water', search: 'lang=en' });
    const params = new URLSearchParams(href.split('?')[1]);
    expect(params.getAll('goods')).toEqual(['water']);
    expect(params.get('view')).toBe('activities');
    expect(params.get('lang')).toBe('en');
    expect(parseLedgerParams(href.split('?')[1] ?? '').goods).toEqual(['water']);

    const plain = ledgerHref(noFilters, { search: 'goods=water&lang=en' });
    expect(new URLSearchParams(plain.split('?')[1]).has('goods')).toBe(false);
  });

  it('writing other ledger parameters keeps the goods kind; clearing it removes it', () => {
    const search = writeLedgerParams('goods=water', { q: '怀柔' });
    expect(new URLSearchParams(search).getAll('goods')).toEqual(['water']);
    expect(new URLSearchParams(writeLedgerParams(search, { goods: [] })).has('goods')).toBe(false);
  });
});
