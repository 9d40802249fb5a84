/**
 * One colour per thing, everywhere: a district, an organization or an activity type is drawn in
 * the same colour on the map, in every chart and in the legend. Categorical colours come from
 * Okabe–Ito and Paul Tol's palettes, which stay distinguishable with the common colour-vision
 * deficiencies; anything unknown gets the neutral grey.
 */
import type { ActivityType, GoodsKind, ProvenanceKind } from '@/api/contract';

export const NEUTRAL_COLOR = '#8a8f98';

export const activityTypeColors: Record<ActivityType, string> = {
  condolence_visit: '#0072B2',
  fund_delivery: '#E69F00',
  goods_delivery: '#009E73',
  heat_relief: '#D55E00',
  reconstruction: '#CC79A7',
  training: '#56B4E9',
  competition: '#7A6A00',
};

export const goodsKindColors: Record<GoodsKind, string> = {
  water: '#56B4E9',
  food: '#E69F00',
  cooling_pack: '#009E73',
  medicine_kit: '#D55E00',
  condolence_goods: '#CC79A7',
  cleanup_supplies: '#0072B2',
  other: NEUTRAL_COLOR,
};

/** Reported figures solid, illustrative ones hatched/lighter, entered ones in a third tone. */
export const provenanceColors: Record<ProvenanceKind, string> = {
  reported: '#0b5394',
  entered: '#2e7d32',
  illustrative: '#b26a00',
};

/** Paul Tol's "muted" and "light" schemes joined: 18 colours for districts and organizations. */
const categorical = [
  '#332288',
  '#88CCEE',
  '#44AA99',
  '#117733',
  '#999933',
  '#DDCC77',
  '#CC6677',
  '#882255',
  '#AA4499',
  '#77AADD',
  '#EE8866',
  '#EEDD88',
  '#FFAABB',
  '#99DDFF',
  '#44BB99',
  '#BBCC33',
  '#AAAA00',
  '#6699CC',
];

const districtOrder = [
  '110101',
  '110102',
  '110105',
  '110106',
  '110107',
  '110108',
  '110109',
  '110111',
  '110112',
  '110113',
  '110114',
  '110115',
  '110116',
  '110117',
  '110118',
  '110119',
];

export function districtColor(code: string): string {
  const index = districtOrder.indexOf(code);
  return index < 0 ? NEUTRAL_COLOR : (categorical[index % categorical.length] ?? NEUTRAL_COLOR);
}

/** Stable per id (not per position in a list), so filtering never repaints an organization. */
export function organizationColor(id: string | null | undefined): string {
  if (!id) return NEUTRAL_COLOR;
  let hash = 2166136261;
  for (let i = 0; i < id.length; i += 1) hash = Math.imul(hash ^ id.charCodeAt(i), 16777619);
  return categorical[(hash >>> 0) % categorical.length] ?? NEUTRAL_COLOR;
}

export function activityTypeColor(type: string): string {
  return (activityTypeColors as Record<string, string>)[type] ?? NEUTRAL_COLOR;
}

export function goodsKindColor(kind: string): string {
  return (goodsKindColors as Record<string, string>)[kind] ?? NEUTRAL_COLOR;
}

/**
 * Sequential scale for the choropleth, light to dark (ColorBrewer YlGnBu, colour-blind safe).
 * Districts with no relief at all are not on this scale: they get NO_DATA_FILL and a hatch.
 */
export const sequentialScale = ['#ffffcc', '#c7e9b4', '#7fcdbb', '#41b6c4', '#2c7fb8', '#253494'];
export const NO_DATA_FILL = '#e9ecef';
export const NO_DATA_FILL_DARK = '#2b3038';
