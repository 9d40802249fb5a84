import { describe, expect, it } from 'vitest';
import {
  formatCount,
  formatDate,
  formatMoney,
  formatMoneyCompact,
  formatMoneyHeadline,
  formatTime,
  moneyHeadline,
  moneyParts,
} from '@/i18n/format';

describe('money', () => {
  it('uses 万元 and 亿元 in Chinese once amounts are large', () => {
    expect(formatMoney(8_500, 'zh-CN')).toBe('8,500 元');
    expect(formatMoney(1_250_000, 'zh-CN')).toBe('125 万元');
    expect(formatMoney(1_234_567, 'zh-CN')).toBe('123.5 万元');
    expect(formatMoney(320_000_000, 'zh-CN')).toBe('3.2 亿元');
  });
  it('uses CNY with separators in English', () => {
    expect(formatMoney(1_234_567, 'en')).toBe('CNY 1,234,567');
    expect(moneyParts(50_000, 'en')).toEqual({ value: '50,000', unit: 'CNY' });
  });
  it('keeps headline amounts short enough for a card, in both languages', () => {
    expect(moneyHeadline(5_027_560_000, 'en')).toEqual({ value: '5.03B', unit: 'CNY' });
    expect(moneyHeadline(25_010_000, 'en')).toEqual({ value: '25.01M', unit: 'CNY' });
    expect(moneyHeadline(1_000_000, 'en')).toEqual({ value: '1M', unit: 'CNY' });
    // Below a million the amount is written out, as elsewhere.
    expect(moneyHeadline(999_999, 'en')).toEqual({ value: '999,999', unit: 'CNY' });
    expect(moneyHeadline(5_027_560_000, 'zh-CN')).toEqual({ value: '50.28', unit: '亿元' });
    expect(moneyHeadline(25_010_000, 'zh-CN')).toEqual({ value: '2,501', unit: '万元' });
    expect(moneyHeadline(Number.NaN, 'en')).toEqual({ value: '0', unit: 'CNY' });
    expect(formatMoneyHeadline(25_010_000, 'en')).toBe('CNY 25.01M');
    expect(formatMoneyHeadline(25_010_000, 'zh-CN')).toBe('2,501 万元');
  });
  it('has short axis labels', () => {
    expect(formatMoneyCompact(3_000_000, 'zh-CN')).toBe('300万');
    expect(formatMoneyCompact(150_000_000, 'zh-CN')).toBe('1.5亿');
    expect(formatMoneyCompact(3_000_000, 'en')).toBe('3M');
  });
  it('never prints NaN or Infinity', () => {
    expect(formatMoney(Number.NaN, 'zh-CN')).toBe('0 元');
    expect(formatMoney(Number.POSITIVE_INFINITY, 'en')).toBe('CNY 0');
  });
});

describe('counts and dates', () => {
  it('keeps the report’s lower bounds visible', () => {
    expect(formatCount(2800, 'zh-CN', true)).toBe('2,800余');
    expect(formatCount(2800, 'en', true)).toBe('2,800+');
    expect(formatCount(180, 'en')).toBe('180');
  });
  it('writes dates the way each language reads them', () => {
    expect(formatDate('2023-08-07', 'zh-CN')).toBe('2023年8月7日');
    expect(formatDate('2023-08-07', 'en')).toBe('Aug 7, 2023');
    expect(formatDate('not-a-date', 'en')).toBe('not-a-date');
  });
  it('keeps each language and form of a day apart when writing it again', () => {
    // Days written once are kept: a second writing must not return another form's text.
    for (let round = 0; round < 2; round++) {
      expect(formatDate('2023-08-09', 'zh-CN')).toBe('2023年8月9日');
      expect(formatDate('2023-08-09', 'zh-CN', false)).toBe('8月9日');
      expect(formatDate('2023-08-09', 'en')).toBe('Aug 9, 2023');
      expect(formatDate('2023-08-09', 'en', false)).toBe('Aug 9');
    }
  });
  it('writes every day right when more days are written than it keeps', () => {
    const start = Date.UTC(2000, 0, 1);
    for (let i = 0; i < 25_000; i++) {
      const iso = new Date(start + i * 86_400_000).toISOString().slice(0, 10);
      formatDate(iso, 'en', false);
    }
    expect(formatDate('2000-01-01', 'en')).toBe('Jan 1, 2000');
    expect(formatDate('2068-06-13', 'zh-CN', false)).toBe('6月13日');
  });
  it('shows times in Beijing', () => {
    expect(formatTime('2023-08-07T01:05:00Z', 'en')).toBe('09:05');
  });
});
