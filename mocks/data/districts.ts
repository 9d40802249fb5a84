/**
 * Beijing's 16 districts with a label point each (from geo/beijing-districts.geojson). Kept as a
 * small table so the seed does not pull the 100 KB boundary file into the app bundle.
 */
import type { District } from '@/api/contract';

type Row = [code: string, zh: string, en: string, lon: number, lat: number];

const rows: Row[] = [
  ['110101', '东城区', 'Dongcheng', 116.418757, 39.917544],
  ['110102', '西城区', 'Xicheng', 116.366794, 39.915309],
  ['110105', '朝阳区', 'Chaoyang', 116.486409, 39.921489],
  ['110106', '丰台区', 'Fengtai', 116.286968, 39.863642],
  ['110107', '石景山区', 'Shijingshan', 116.195445, 39.914601],
  ['110108', '海淀区', 'Haidian', 116.310316, 39.956074],
  ['110109', '门头沟区', 'Mentougou', 116.105381, 39.937183],
  ['110111', '房山区', 'Fangshan', 116.139157, 39.735535],
  ['110112', '通州区', 'Tongzhou', 116.658603, 39.902486],
  ['110113', '顺义区', 'Shunyi', 116.653525, 40.128936],
  ['110114', '昌平区', 'Changping', 116.235906, 40.218085],
  ['110115', '大兴区', 'Daxing', 116.338033, 39.728908],
  ['110116', '怀柔区', 'Huairou', 116.637122, 40.324272],
  ['110117', '平谷区', 'Pinggu', 117.112335, 40.144783],
  ['110118', '密云区', 'Miyun', 116.843352, 40.377362],
  ['110119', '延庆区', 'Yanqing', 115.985006, 40.465325],
];

export const districts: District[] = rows.map(([code, zh, en, lon, lat]) => ({
  code,
  name: { zh, en },
  labelPoint: [lon, lat],
}));

export const DISTRICT = {
  dongcheng: '110101',
  xicheng: '110102',
  chaoyang: '110105',
  fengtai: '110106',
  shijingshan: '110107',
  haidian: '110108',
  mentougou: '110109',
  fangshan: '110111',
  tongzhou: '110112',
  shunyi: '110113',
  changping: '110114',
  daxing: '110115',
  huairou: '110116',
  pinggu: '110117',
  miyun: '110118',
  yanqing: '110119',
} as const;
