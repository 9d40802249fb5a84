import { describe, expect, it } from 'vitest';
import type { GoodsLine } from '@/api/contract';
import { i18n } from '@/i18n';
import { goodsLineText, goodsUnit } from '@/i18n/goods';
import type { Language } from '@/i18n/languages';

const t = (lang: Language) => i18n.getFixedT(lang, 'common');
const line = (quantity: number | null, unit: string): GoodsLine => ({
  kind: 'water',
  quantity,
  unit,
  basis: 'illustrative',
});

describe('goods in words', () => {
  it('names the common measure words in English, singular or plural by the quantity', () => {
    expect(goodsLineText(line(200, '箱'), t('en'), 'en')).toBe('Drinking water 200 boxes');
    expect(goodsLineText(line(1, '箱'), t('en'), 'en')).toBe('Drinking water 1 box');
    expect(goodsLineText(line(1.5, '瓶'), t('en'), 'en')).toBe('Drinking water 1.5 bottles');
    expect(goodsUnit('份', 40, t('en'))).toBe('packs');
  });

  it('keeps Chinese units in Chinese', () => {
    expect(goodsLineText(line(200, '箱'), t('zh-CN'), 'zh-CN')).toBe('饮用水 200 箱');
    expect(goodsUnit('份', 1, t('zh-CN'))).toBe('份');
  });

  it('shows any other unit as typed, in both languages', () => {
    for (const lang of ['en', 'zh-CN'] as const) {
      // A measure word without an English name, units already in English, and text that would
      // be a key path, a namespace or a template to i18next.
      for (const unit of [
        '顶',
        'kg',
        'litres',
        'a.b',
        'common:app',
        '{{count}}',
        '<img onerror=x>',
      ])
        expect(goodsUnit(unit, 3, t(lang))).toBe(unit);
    }
  });

  it('leaves out the unit when there is none, and the figure when the report gives none', () => {
    expect(goodsLineText(line(12, '  '), t('en'), 'en')).toBe('Drinking water 12');
    expect(goodsLineText(line(null, '箱'), t('en'), 'en')).toBe('Drinking water');
  });
});
