/**
 * Beijing's 16 districts by any name staff use: 房山, 房山区, 北京市房山区, Fangshan,
 * Fangshan District, or the admin code 110111. A cell may list several (房山、门头沟).
 */
import { compact } from './text';
import { fail, ok, type ParseResult } from './result';

export type DistrictError = 'district_empty' | 'district_unknown';

/** Admin code, Chinese name without 区, English name. */
export const BEIJING_DISTRICTS: readonly (readonly [code: string, zh: string, en: string])[] = [
  ['110101', '东城', 'Dongcheng'],
  ['110102', '西城', 'Xicheng'],
  ['110105', '朝阳', 'Chaoyang'],
  ['110106', '丰台', 'Fengtai'],
  ['110107', '石景山', 'Shijingshan'],
  ['110108', '海淀', 'Haidian'],
  ['110109', '门头沟', 'Mentougou'],
  ['110111', '房山', 'Fangshan'],
  ['110112', '通州', 'Tongzhou'],
  ['110113', '顺义', 'Shunyi'],
  ['110114', '昌平', 'Changping'],
  ['110115', '大兴', 'Daxing'],
  ['110116', '怀柔', 'Huairou'],
  ['110117', '平谷', 'Pinggu'],
  ['110118', '密云', 'Miyun'],
  ['110119', '延庆', 'Yanqing'],
];

const byKey = new Map<string, string>();
for (const [code, zh, en] of BEIJING_DISTRICTS) {
  byKey.set(code, code);
  byKey.set(zh, code);
  byKey.set(en.toLowerCase(), code);
}

function key(input: string): string {
  let s = compact(input).toLowerCase();
  s = s.replace(/^(?:北京市|北京|beijing(?:city|municipality)?,?)/, '');
  s = s.replace(/(?:district|qu)$/, '');
  s = s.replace(/区$/, '');
  // 密云县 / 延庆县 became districts in 2015; old sheets still say 县.
  s = s.replace(/县$/, '');
  return s;
}

export function parseDistrict(
  input: string | null | undefined,
): ParseResult<string, DistrictError> {
  if (input === null || input === undefined || compact(input) === '') return fail('district_empty');
  const code = byKey.get(key(input));
  return code ? ok(code) : fail('district_unknown');
}

/** Several districts in one cell, separated by 、 , ， ; ； / or |. Duplicates are dropped. */
export function parseDistricts(
  input: string | null | undefined,
): ParseResult<string[], DistrictError> {
  if (input === null || input === undefined || compact(input) === '') return fail('district_empty');
  const parts = input.split(/[、,，;；/|]+/).filter((p) => compact(p) !== '');
  const codes: string[] = [];
  for (const part of parts) {
    const r = parseDistrict(part);
    if (!r.ok) return r;
    if (!codes.includes(r.value)) codes.push(r.value);
  }
  return codes.length > 0 ? ok(codes) : fail('district_empty');
}
