import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BEIJING_DISTRICTS, parseDistrict, parseDistricts } from '@/lib/parse/districts';

describe('parseDistrict', () => {
  it.each([
    ['房山', '110111'],
    ['房山区', '110111'],
    ['北京市房山区', '110111'],
    ['Fangshan', '110111'],
    ['Fangshan District', '110111'],
    ['fangshan district', '110111'],
    ['110111', '110111'],
    ['１１０１１１', '110111'],
    [' 怀柔区 ', '110116'],
    ['密云县', '110118'],
  ])('reads %s', (input, code) => {
    expect(parseDistrict(input)).toEqual({ ok: true, value: code });
  });

  it.each([
    ['', 'district_empty'],
    ['上海', 'district_unknown'],
    ['110103', 'district_unknown'],
    ['<img src=x onerror=alert(1)>', 'district_unknown'],
  ])('rejects %j', (input, error) => {
    expect(parseDistrict(input)).toEqual({ ok: false, error });
  });

  it('reads every district by each of its names', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...BEIJING_DISTRICTS),
        fc.constantFrom(
          ([, zh]: readonly string[]) => zh!,
          ([, zh]: readonly string[]) => `${zh}区`,
          ([, , en]: readonly string[]) => en!,
          ([, , en]: readonly string[]) => `${en} District`,
          ([, , en]: readonly string[]) => en!.toUpperCase(),
          ([code]: readonly string[]) => code!,
        ),
        (district, style) => {
          expect(parseDistrict(style(district))).toEqual({ ok: true, value: district[0] });
        },
      ),
    );
  });

  it('reads lists of districts without duplicates', () => {
    expect(parseDistricts('房山、门头沟区, Fangshan')).toEqual({
      ok: true,
      value: ['110111', '110109'],
    });
    expect(parseDistricts('房山；上海')).toEqual({ ok: false, error: 'district_unknown' });
  });
});
