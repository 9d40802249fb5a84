import { describe, expect, it } from 'vitest';
import { toQueryString } from '@/api/client';
import { readListParams } from '@mocks/handlers/http';
import { listActivities } from '@mocks/lib/query';
import { makeActivity } from '../support/factories';

const lookup = { organizations: new Map(), sites: new Map() };
const entered = { kind: 'entered' as const, note: '' };

describe('the goodsKind filter of GET /activities', () => {
  const water = makeActivity({
    provenance: entered,
    goods: [{ kind: 'water', quantity: 100, unit: '箱', basis: 'reported' }],
  });
  const waterAndFood = makeActivity({
    provenance: entered,
    goods: [
      { kind: 'food', quantity: 20, unit: '份', basis: 'entered' },
      { kind: 'water', quantity: null, unit: '', basis: 'entered' },
    ],
  });
  // An entered visit whose quantity of water is only illustrative.
  const illustrativeWater = makeActivity({
    provenance: entered,
    goods: [{ kind: 'water', quantity: 5, unit: '箱', basis: 'illustrative' }],
  });
  const none = makeActivity({ goods: [] });
  const all = [water, waterAndFood, illustrativeWater, none];
  const ids = (params: Parameters<typeof listActivities>[1]) =>
    listActivities(all, params, lookup).items.map((a) => a.id);

  it('keeps the activities that delivered any of the kinds', () => {
    expect(ids({ goodsKinds: ['water'] }).sort()).toEqual(
      [water.id, waterAndFood.id, illustrativeWater.id].sort(),
    );
    expect(ids({ goodsKinds: ['food'] })).toEqual([waterAndFood.id]);
    expect(ids({ goodsKinds: ['medicine_kit'] })).toEqual([]);
    expect(ids({})).toHaveLength(4);
  });

  it('does not count an illustrative delivery under "facts only"', () => {
    expect(ids({ goodsKinds: ['water'], excludeIllustrative: true }).sort()).toEqual(
      [water.id, waterAndFood.id].sort(),
    );
  });

  it('goes through the query string, and an unknown kind is a 400', () => {
    const qs = toQueryString({ goodsKinds: ['water', 'food'] });
    expect(qs).toBe('?goodsKind=water&goodsKind=food');
    const parsed = readListParams(new URL(`http://x/api/v1/activities${qs}`));
    expect(parsed).toMatchObject({ goodsKinds: ['water', 'food'] });
    expect(readListParams(new URL('http://x/api/v1/activities?goodsKind=gold'))).toEqual({
      error: expect.stringMatching(/^goodsKind must be one of/) as unknown,
    });
  });
});
