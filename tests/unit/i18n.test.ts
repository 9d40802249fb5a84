import { act, renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
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
    // Not registered yet: i18next answers with the key.
    expect(result.current.t('greeting')).toBe('greeting');
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
