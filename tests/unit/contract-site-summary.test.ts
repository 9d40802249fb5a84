import { describe, expect, it } from 'vitest';
import { siteSummaryRowSchema, siteSummarySchema } from '@/api/contract';

const good = [
  { siteId: 'site-fangshan-1', activities: 3, mainType: 'goods_delivery' },
  { siteId: 'gen-site-2', activities: 0, mainType: 'condolence_visit' },
];
const answer = (sites: unknown) => ({ asOf: '2023-08-07T01:00:00.000Z', sites });

describe('the map sites contract', () => {
  it('accepts rows that follow the row schema, unchanged', () => {
    expect(siteSummarySchema.parse(answer(good))).toEqual(answer(good));
    expect(siteSummarySchema.parse(answer([]))).toEqual(answer([]));
  });

  it.each([
    ['an empty site id', { siteId: '', activities: 1, mainType: 'training' }, 'siteId'],
    ['a site id given as a number', { siteId: 7, activities: 1, mainType: 'training' }, 'siteId'],
    ['negative activities', { siteId: 's', activities: -1, mainType: 'training' }, 'activities'],
    [
      'a fraction of an activity',
      { siteId: 's', activities: 1.5, mainType: 'training' },
      'activities',
    ],
    [
      'activities given as text',
      { siteId: 's', activities: '3', mainType: 'training' },
      'activities',
    ],
    [
      'an unknown activity type',
      { siteId: 's', activities: 1, mainType: '<img onerror>' },
      'mainType',
    ],
    ['no activity type', { siteId: 's', activities: 1 }, 'mainType'],
    [
      'activities beyond a safe integer',
      { siteId: 's', activities: 2 ** 60, mainType: 'training' },
      'activities',
    ],
  ])(
    'refuses a row with %s, naming the row and field with the row schema’s message',
    (_, bad, field) => {
      const result = siteSummarySchema.safeParse(answer([...good, bad]));
      expect(result.success).toBe(false);
      const issue = result.error?.issues[0];
      expect(issue?.path).toEqual(['sites', 2, field]);
      const own = siteSummaryRowSchema.safeParse(bad).error?.issues[0];
      expect(issue?.message).toBe(own?.message);
    },
  );

  it('refuses a row that is not an object, and sites that are not a list or missing', () => {
    const nullRow = siteSummarySchema.safeParse(answer([null, ...good]));
    expect(nullRow.error?.issues[0]?.path).toEqual(['sites', 0]);
    const notList = siteSummarySchema.safeParse(answer({ 0: good[0] }));
    expect(notList.success).toBe(false);
    expect(notList.error?.issues[0]?.path).toEqual(['sites']);
    const missing = siteSummarySchema.safeParse({ asOf: '2023-08-07T01:00:00.000Z' });
    expect(missing.success).toBe(false);
    expect(missing.error?.issues[0]?.path).toEqual(['sites']);
  });
});
