import { act, renderHook } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { changeLanguage, initialLanguage, registerMessages, useI18n } from '@/i18n';
import { commonMessages } from '@/i18n/common';

function keys(o: unknown, prefix = ''): string[] {
  if (typeof o !== 'object' || o === null) return [prefix];
  return Object.entries(o).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
}

describe('language choice', () => {
  it('prefers ?lang=, then the remembered choice, then Chinese', () => {
    expect(initialLanguage('?lang=en', 'zh-CN')).toBe('en');
    expect(initialLanguage('', 'en')).toBe('en');
    expect(initialLanguage('?lang=fr', 'xx')).toBe('zh-CN');
  });
  it('has every Chinese message in English, non-empty', () => {
    expect(keys(commonMessages.en).sort()).toEqual(keys(commonMessages['zh-CN']).sort());
    for (const k of keys(commonMessages.en)) {
      const v = k
        .split('.')
        .reduce<unknown>((o, p) => (o as Record<string, unknown>)[p], commonMessages.en);
      expect(typeof v === 'string' && v.length > 0, k).toBe(true);
    }
  });
});

describe('useI18n', () => {
  it('follows a language change, and a namespace registered after its first use', async () => {
    const { result } = renderHook(() => useI18n('late-test'));
    // Not registered yet: i18next answers with the key, and it is reported as missing.
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    try {
      expect(result.current.t('greeting')).toBe('greeting');
      expect(errors).toHaveBeenCalledExactlyOnceWith(
        'i18n: no message "late-test:greeting" (zh-CN)',
      );
    } finally {
      errors.mockRestore();
    }
    act(() =>
      registerMessages('late-test', { 'zh-CN': { greeting: '你好' }, en: { greeting: 'Hello' } }),
    );
    expect(result.current.t('greeting')).toBe('你好');
    expect(result.current.t('greeting', { defaultValue: 'x' })).toBe('你好');
    await act(() => changeLanguage('en'));
    expect(result.current.lang).toBe('en');
    expect(result.current.t('greeting')).toBe('Hello');
    await act(() => changeLanguage('zh-CN'));
    expect(result.current.t('greeting')).toBe('你好');
  });
});

describe('messages with options', () => {
  registerMessages('options-test', {
    'zh-CN': { sites: '{{count}} 个地点', named: '{{name}}（{{place}}）' },
    en: {
      sites_one: '{{count}} site',
      sites_other: '{{count}} sites',
      named: '{{name}} ({{place}})',
    },
  });

  it('answer for the options given each time, though the same call is answered from memory', async () => {
    const { result } = renderHook(() => useI18n('options-test'));
    await act(() => changeLanguage('en'));
    const { t } = result.current;
    expect(t('sites', { count: 1 })).toBe('1 site');
    expect(t('sites', { count: 2 })).toBe('2 sites');
    expect(t('sites', { count: 1 })).toBe('1 site');
    // A count given as text is not a number: i18next picks no plural form for it.
    expect(t('sites', { count: '1' })).not.toBe(t('sites', { count: 1 }));
    await act(() => changeLanguage('zh-CN'));
    expect(result.current.t('sites', { count: 2 })).toBe('2 个地点');
  });

  it('keep apart values that contain what separates options in its memory', () => {
    const { result } = renderHook(() => useI18n('options-test'));
    const { t } = result.current;
    expect(t('named', { name: 'A', place: 'B' })).toBe('A（B）');
    // One option whose text spells the two above, separators included.
    const tricky = 'A\u0000place\u0000string\u0000B';
    expect(t('named', { name: tricky })).not.toBe('A（B）');
    expect(t('named', { name: tricky })).toContain(tricky);
  });

  it('render hostile text as given, and answer object options afresh', () => {
    const { result } = renderHook(() => useI18n('options-test'));
    const { t } = result.current;
    expect(t('named', { name: '<img src=x onerror=alert(1)>', place: '=cmd|x' })).toBe(
      '<img src=x onerror=alert(1)>（=cmd|x）',
    );
    // An object option is not remembered: each call is answered for its own values.
    expect(t('named', { replace: { name: 'X', place: 'Y' } })).toBe('X（Y）');
    expect(t('named', { replace: { name: 'Z', place: 'W' } })).toBe('Z（W）');
  });
});

describe('a missing message', () => {
  it('is reported on the console (end-to-end tests fail on it), unless a default was given', () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    try {
      const { result } = renderHook(() => useI18n('common'));
      // Shown as its key, as i18next does…
      expect(result.current.t('action.nowhereToBeFound')).toBe('action.nowhereToBeFound');
      // …and reported, with its namespace.
      expect(errors).toHaveBeenCalledWith(
        expect.stringContaining('"common:action.nowhereToBeFound"'),
      );
      errors.mockClear();
      // A data code without a message of its own (an unknown activity type) falls back on
      // purpose: not reported.
      expect(result.current.t('activityType.flood_x', { defaultValue: 'flood_x' })).toBe('flood_x');
      expect(errors).not.toHaveBeenCalled();
    } finally {
      errors.mockRestore();
    }
  });
});
