import { describe, expect, it } from 'vitest';
import { initialLanguage } from '@/i18n';
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
