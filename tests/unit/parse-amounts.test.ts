import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { headerUnitMultiplier, parseAmount } from '@/lib/parse/amounts';
import { parseCount } from '@/lib/parse/counts';

const fullWidth = (s: string) =>
  s.replace(/[0-9.,]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
const grouped = (n: number) => n.toLocaleString('en-US');

describe('parseAmount', () => {
  it.each([
    ['5万', 50000],
    ['5万元', 50000],
    ['50,000', 50000],
    ['50000.00', 50000],
    ['￥5,000', 5000],
    ['¥5000', 5000],
    ['5千', 5000],
    ['0.5亿', 50_000_000],
    ['５０，０００', 50000],
    ['RMB 1,200', 1200],
    ['1.5万元', 15000],
    ['0', 0],
  ])('reads %s as %d yuan', (input, yuan) => {
    expect(parseAmount(input)).toEqual({ ok: true, value: yuan });
  });

  it('applies the unit of the column header to plain numbers only', () => {
    expect(headerUnitMultiplier('金额（万元）')).toBe(10_000);
    expect(parseAmount('3', 10_000)).toEqual({ ok: true, value: 30_000 });
    expect(parseAmount('3千', 10_000)).toEqual({ ok: true, value: 3000 });
  });

  it.each([
    ['-5000', 'amount_negative'],
    ['－5,000', 'amount_negative'],
    ['(500)', 'amount_negative'],
    ['abc', 'amount_format'],
    ['5万5', 'amount_format'],
    ['1,2,3.4.5', 'amount_format'],
    ['', 'amount_empty'],
    ['99999999亿', 'amount_too_large'],
  ])('rejects %s with %s', (input, error) => {
    expect(parseAmount(input)).toEqual({ ok: false, error });
  });

  it('reads any amount in cents the same in every notation', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 99_999_999_999 }), (cents) => {
        const yuan = cents / 100;
        const plain = yuan.toFixed(2);
        for (const s of [
          plain,
          `¥${plain}`,
          `￥${grouped(yuan)}`,
          `${plain}元`,
          fullWidth(grouped(yuan)),
        ])
          expect(parseAmount(s)).toEqual({ ok: true, value: yuan });
      }),
    );
  });

  it('reads N万 as N × 10,000 for any whole N', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000_000 }), (n) => {
        expect(parseAmount(`${n}万`)).toEqual({ ok: true, value: n * 10_000 });
        expect(parseAmount(`${n}万元`)).toEqual({ ok: true, value: n * 10_000 });
      }),
    );
  });

  it('never accepts a negative amount', () => {
    fc.assert(
      fc.property(fc.double({ max: -0.01, noNaN: true }), (n) => {
        expect(parseAmount(String(n)).ok).toBe(false);
        expect(parseAmount(n).ok).toBe(false);
      }),
    );
  });
});

describe('parseCount', () => {
  it.each([
    ['2800', 2800, false],
    ['2,800', 2800, false],
    ['2800人', 2800, false],
    ['2800余人', 2800, true],
    ['2800多人', 2800, true],
    ['2,800+', 2800, true],
    ['2800人以上', 2800, true],
    ['１．２万人', 12000, false],
    ['２８００余人', 2800, true],
  ])('reads %s', (input, value, atLeast) => {
    expect(parseCount(input)).toEqual({ ok: true, value: { value, atLeast } });
  });

  it.each([
    ['-3', 'count_negative'],
    ['2.5', 'count_format'],
    ['many', 'count_format'],
    ['', 'count_empty'],
  ])('rejects %s with %s', (input, error) => {
    expect(parseCount(input)).toEqual({ ok: false, error });
  });

  it('keeps the value and marks lower bounds for any count', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 100_000_000 }),
        fc.constantFrom('', '人', '余人', '多人', '+', '人以上'),
        (n, suffix) => {
          const r = parseCount(`${grouped(n)}${suffix}`);
          expect(r).toEqual({
            ok: true,
            value: { value: n, atLeast: suffix !== '' && suffix !== '人' },
          });
        },
      ),
    );
  });
});
