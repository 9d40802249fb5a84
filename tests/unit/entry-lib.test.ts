import { describe, expect, it } from 'vitest';
import { activityInputSchema, fundAllocationInputSchema } from '@/api/contract';
import { createSite } from '@/api/resources/reference';
import { ApiError } from '@/api/errors';
import { loadDraft, saveDraft, draftKey } from '@/features/entry/lib/drafts';
import {
  activityToForm,
  emptyActivityForm,
  emptyFundForm,
  toActivityInput,
  toFundInput,
} from '@/features/entry/lib/form-model';
import { parseNumberInput } from '@/features/entry/lib/numbers';
import { errorFor, toFieldErrors } from '@/features/entry/lib/validation';
import { seedDataset } from '@mocks/data';
import { testStore } from '@mocks/node';

describe('field errors from the contract', () => {
  it('map zod issue paths to fields and keep the first code per field', () => {
    const input = toActivityInput({
      ...emptyActivityForm(),
      workers: '-3',
      endDate: '2023-13-01',
      leaders: [{ name: '', role: '' }],
    });
    const parsed = activityInputSchema.safeParse(input);
    expect(parsed.success).toBe(false);
    const errors = toFieldErrors(parsed.error?.issues ?? []);
    expect(errors).toMatchObject({
      date: 'date_format',
      'title.zh': 'required',
      organizationId: 'required',
      'workersServed.value': 'number_nonnegative',
      endDate: 'date_invalid',
      'leaders.0.name': 'required',
    });
    expect(errorFor(errors, 'workersServed')).toBe('number_nonnegative');
    expect(errorFor(errors, 'leaders')).toBe('required');
    expect(errorFor(errors, 'notes')).toBeUndefined();
  });

  it('turn a non-number into number_invalid, and unknown messages into invalid', () => {
    const parsed = fundAllocationInputSchema.safeParse(
      toFundInput({ ...emptyFundForm(), amount: 'abc' }),
    );
    expect(toFieldErrors(parsed.error?.issues ?? [])['amount.yuan']).toBe('number_invalid');
    expect(toFieldErrors([{ path: ['type'], message: 'Invalid option' }]).type).toBe('invalid');
    expect(toFieldErrors([{ path: [], message: 'required' }])['']).toBe('required');
  });
});

describe('number input', () => {
  it.each([
    ['', null],
    ['  ', null],
    ['1,200', 1200],
    ['１２０', 120],
    ['50000.00', 50000],
    ['-5', -5],
  ])('%j → %j', (text, value) => expect(parseNumberInput(text)).toBe(value));

  it.each(['5万', 'abc', '1.2.3'])('%j is not a number', (text) =>
    expect(parseNumberInput(text)).toBeNaN(),
  );
});

describe('form model', () => {
  it('round-trips every seed activity without changing it', () => {
    for (const a of seedDataset.activities) {
      const input = activityInputSchema.parse(toActivityInput(activityToForm(a)));
      const {
        id: _id,
        createdAt: _c,
        updatedAt: _u,
        createdBy: _cb,
        updatedBy: _ub,
        version: _v,
        ...rest
      } = a;
      expect(input).toEqual({ ...rest, title: { zh: a.title.zh.trim(), en: a.title.en.trim() } });
    }
  });
});

describe('drafts', () => {
  it('survive storage and ignore what is not a draft', () => {
    const key = draftKey('activity', undefined);
    saveDraft(key, {
      savedAt: '2023-08-09T10:00:00+08:00',
      baseVersion: null,
      idempotencyKey: 'k',
      form: { ...emptyActivityForm(), titleZh: '草稿' },
    });
    expect(loadDraft(key, emptyActivityForm())?.form.titleZh).toBe('草稿');
    localStorage.setItem(key, '{not json');
    expect(loadDraft(key, emptyActivityForm())).toBeNull();
    localStorage.setItem(key, '"a string"');
    expect(loadDraft(key, emptyActivityForm())).toBeNull();
    expect(draftKey('fund', 'fund-1')).toBe('relief.draft.fund.fund-1');
  });
});

describe('POST /sites', () => {
  const site = {
    name: { zh: '<img src=x onerror=alert(1)>', en: '' },
    kind: 'village' as const,
    districtCode: '110116',
    location: { lon: 116.6, lat: 40.6, precision: 'exact' as const },
    provenance: { kind: 'entered' as const, note: '' },
  };

  it('creates a site once per idempotency key, storing names as given', async () => {
    const a = await createSite(site, { idempotencyKey: 'site-key' });
    const b = await createSite(site, { idempotencyKey: 'site-key' });
    expect(b.id).toBe(a.id);
    expect(testStore.get('sites').get(a.id)?.name.zh).toBe('<img src=x onerror=alert(1)>');
  });

  it('refuses an unknown district and invalid fields with 422 issues', async () => {
    const unknown = await createSite({ ...site, districtCode: '110110' }).catch((e: unknown) => e);
    expect(unknown).toBeInstanceOf(ApiError);
    expect((unknown as ApiError).body?.error.issues).toEqual([
      { path: ['districtCode'], message: 'unknown_district' },
    ]);

    const response = await fetch(`${location.origin}/api/v1/sites`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ ...site, name: { zh: '', en: '' } }),
    });
    expect(response.status).toBe(422);
    const body = (await response.json()) as {
      error: { issues: { path: string[]; message: string }[] };
    };
    expect(body.error.issues).toContainEqual({ path: ['name', 'zh'], message: 'required' });
  });
});

describe('POST /sites with a client-chosen id (a site added offline)', () => {
  const input = {
    id: 'site-offline-0001',
    name: { zh: '离线添加的地点', en: '' },
    kind: 'village' as const,
    districtCode: '110116',
    provenance: { kind: 'entered' as const, note: '' },
  };

  it('keeps the id, answers a retry with the same key with the same site, refuses a taken id', async () => {
    const a = await createSite(input, { idempotencyKey: 'offline-site-key' });
    expect(a.id).toBe('site-offline-0001');
    const retry = await createSite(input, { idempotencyKey: 'offline-site-key' });
    expect(retry).toEqual(a);
    expect([...testStore.get('sites').values()].filter((s) => s.id === a.id)).toHaveLength(1);

    const taken = await createSite(input, { idempotencyKey: 'another-key' }).catch(
      (e: unknown) => e,
    );
    expect(taken).toBeInstanceOf(ApiError);
    expect((taken as ApiError).body?.error.issues).toEqual([{ path: ['id'], message: 'id_taken' }]);
  });

  it('refuses an id that could break a URL', () => {
    expect(() => createSite({ ...input, id: '../../x' })).toThrow();
  });
});
