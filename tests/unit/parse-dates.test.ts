import { readTypedDay } from '@/components/forms/typed-day';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDate, toExcelSerial } from '@/lib/parse/dates';

const ctx = { defaultYear: 2023 };
const fullWidth = (s: string) =>
  s.replace(/[0-9./-]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));

const day = fc
  .date({
    min: new Date('1901-01-01T00:00:00Z'),
    max: new Date('2099-12-31T00:00:00Z'),
    noInvalidDate: true,
  })
  .map((d) => ({ y: d.getUTCFullYear(), m: d.getUTCMonth() + 1, d: d.getUTCDate() }));
const iso = (x: { y: number; m: number; d: number }) =>
  `${x.y}-${String(x.m).padStart(2, '0')}-${String(x.d).padStart(2, '0')}`;

describe('parseDate', () => {
  it.each([
    ['2023-08-07', '2023-08-07'],
    ['2023/8/7', '2023-08-07'],
    ['2023.8.7', '2023-08-07'],
    ['2023年8月7日', '2023-08-07'],
    ['2023 年 8 月 7 日', '2023-08-07'],
    ['8月7日', '2023-08-07'],
    ['20230807', '2023-08-07'],
    ['45145', '2023-08-07'],
    ['２０２３－０８－０７', '2023-08-07'],
    ['2023-08-07 09:30', '2023-08-07'],
    ['2023-08-07T09:30:00Z', '2023-08-07'],
  ])('reads %s', (input, expected) => {
    expect(parseDate(input, ctx)).toEqual({ ok: true, value: expected });
  });

  it('reads Excel serial numbers (1900 system)', () => {
    expect(parseDate(45145, ctx)).toEqual({ ok: true, value: '2023-08-07' });
    expect(parseDate(61, ctx)).toEqual({ ok: true, value: '1900-03-01' });
  });

  it('takes the year of 8月7日 from the context', () => {
    expect(parseDate('8月7日', { defaultYear: 2024 })).toEqual({ ok: true, value: '2024-08-07' });
  });

  it.each([
    ['', 'date_empty'],
    ['   ', 'date_empty'],
    ['2023-02-30', 'date_invalid'],
    ['2023-13-01', 'date_invalid'],
    ['2月30日', 'date_invalid'],
    ['yesterday', 'date_format'],
    ['<img src=x onerror=alert(1)>', 'date_format'],
    ['=HYPERLINK("http://x","y")', 'date_format'],
  ])('rejects %j with %s', (input, error) => {
    expect(parseDate(input, ctx)).toEqual({ ok: false, error });
  });

  it('reads any valid day written in every style as the same ISO day', () => {
    fc.assert(
      fc.property(day, (x) => {
        const expected = iso(x);
        const styles = [
          expected,
          `${x.y}/${x.m}/${x.d}`,
          `${x.y}.${x.m}.${x.d}`,
          `${x.y}年${x.m}月${x.d}日`,
          fullWidth(`${x.y}/${x.m}/${x.d}`),
          String(toExcelSerial(expected)),
        ];
        for (const s of styles) expect(parseDate(s, ctx)).toEqual({ ok: true, value: expected });
        expect(parseDate(`${x.m}月${x.d}日`, { defaultYear: x.y })).toEqual({
          ok: true,
          value: expected,
        });
      }),
    );
  });

  it('never throws and returns an ISO day or an error code for any text', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        const r = parseDate(s, ctx);
        if (r.ok) expect(r.value).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        else expect(['date_empty', 'date_format', 'date_invalid']).toContain(r.error);
      }),
    );
  });
});

describe('a day typed into a date field', () => {
  it('reads what staff write by hand, in the year given for days without one', () => {
    expect(readTypedDay(' 2023/8/7 ', 2026)).toBe('2023-08-07');
    expect(readTypedDay('2023年8月7日', 2026)).toBe('2023-08-07');
    expect(readTypedDay('20230807', 2026)).toBe('2023-08-07');
    expect(readTypedDay('8月7日', 2023)).toBe('2023-08-07');
  });

  it('is not a day when it is not one, nor a short number the import would take as Excel’s', () => {
    expect(readTypedDay('2023-02-29', 2023)).toBeNull();
    expect(readTypedDay('45000', 2023)).toBeNull();
    expect(readTypedDay('=cmd|calc', 2023)).toBeNull();
    expect(readTypedDay('', 2023)).toBeNull();
  });
});
