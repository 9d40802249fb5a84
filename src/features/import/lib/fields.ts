/** The activity fields a spreadsheet column can fill, and the headers that name them. */
import { compact } from '@/lib/parse/text';

export const importFields = [
  'date',
  'district',
  'site',
  'organization',
  'workers',
  'cash',
  'type',
  'title',
  'notes',
] as const;
export type ImportField = (typeof importFields)[number];

/** Column index per field; a field is filled by at most one column. */
export type ColumnMapping = Partial<Record<ImportField, number>>;

/** Headers as staff write them, in Chinese and English, normalised (see normaliseHeader). */
const SYNONYMS: Record<ImportField, string[]> = {
  date: [
    '日期',
    '时间',
    '活动日期',
    '慰问日期',
    '走访日期',
    '发放日期',
    '活动时间',
    '慰问时间',
    'date',
    'day',
    'activitydate',
  ],
  district: [
    '区',
    '区县',
    '所在区',
    '区域',
    '地区',
    '行政区',
    '辖区',
    '所属区',
    '所在区县',
    'district',
    'districts',
    'area',
  ],
  site: [
    '乡镇',
    '街道',
    '乡镇/街道',
    '乡镇街道',
    '乡镇(街道)',
    '地点',
    '站点',
    '慰问地点',
    '活动地点',
    '具体地点',
    '走访地点',
    'site',
    'sites',
    'place',
    'location',
    'town',
  ],
  organization: [
    '单位',
    '组织',
    '工会',
    '组织单位',
    '慰问单位',
    '主办单位',
    '工会名称',
    '单位名称',
    '实施单位',
    '牵头单位',
    'organization',
    'organisation',
    'org',
    'union',
    'unit',
  ],
  workers: [
    '人数',
    '服务人数',
    '职工人数',
    '慰问人数',
    '受益人数',
    '服务职工',
    '服务职工人数',
    '慰问职工人数',
    '慰问职工',
    'workers',
    'workersserved',
    'people',
    'headcount',
  ],
  cash: [
    '金额',
    '资金',
    '慰问金',
    '慰问金额',
    '资金金额',
    '发放金额',
    '慰问金额度',
    '现金',
    'amount',
    'cash',
    'funds',
    'money',
    'yuan',
  ],
  type: ['类型', '活动类型', '类别', '形式', '慰问类型', 'type', 'activitytype', 'category'],
  title: [
    '标题',
    '事项',
    '内容',
    '活动内容',
    '活动名称',
    '名称',
    '主题',
    '慰问内容',
    'title',
    'subject',
    'activity',
  ],
  notes: ['备注', '说明', '附注', '备注说明', 'notes', 'note', 'remarks', 'comment', 'comments'],
};

/** Lower case, half-width, no spaces, units in brackets dropped: "金额（万元）" → "金额". */
export function normaliseHeader(header: string): string {
  return compact(header)
    .toLowerCase()
    .replace(/[(（[【][^)）\]】]*[)）\]】]/g, '')
    .replace(/[:：*＊]$/, '');
}

const exact = new Map<string, ImportField>();
for (const field of importFields) for (const s of SYNONYMS[field]) exact.set(s, field);

/**
 * Recognises the columns of a header row. Exact names first, then headers that contain a known
 * name of two or more characters (服务职工人数（人） → workers); each column serves one field,
 * each field takes the first column that names it.
 */
export function recogniseHeaders(headers: readonly string[]): ColumnMapping {
  const mapping: ColumnMapping = {};
  const used = new Set<number>();
  const normalised = headers.map(normaliseHeader);
  normalised.forEach((h, i) => {
    const field = exact.get(h);
    if (field && mapping[field] === undefined) {
      mapping[field] = i;
      used.add(i);
    }
  });
  normalised.forEach((h, i) => {
    if (used.has(i) || h === '') return;
    for (const field of importFields) {
      if (mapping[field] !== undefined) continue;
      if (SYNONYMS[field].some((s) => s.length >= 2 && h.includes(s))) {
        mapping[field] = i;
        used.add(i);
        return;
      }
    }
  });
  return mapping;
}

/**
 * The header row: among the first rows, the one whose cells name the most fields (sheets often
 * start with a title row such as "2023年防汛慰问统计表"). Without any, the first non-empty row.
 */
export function findHeaderRow(rows: readonly (readonly string[])[], scan = 10): number {
  let best = -1;
  let bestScore = 0;
  for (let i = 0; i < Math.min(scan, rows.length); i++) {
    const score = Object.keys(recogniseHeaders(rows[i] ?? [])).length;
    if (score > bestScore) {
      best = i;
      bestScore = score;
    }
  }
  if (best >= 0) return best;
  const firstFilled = rows.findIndex((r) => r.some((c) => c.trim() !== ''));
  return Math.max(firstFilled, 0);
}

/** Chinese and English names of activity types, for the type column. */
const TYPE_WORDS: [RegExp, string][] = [
  [/慰问金|资金|拨付|拨款|fund/i, 'fund_delivery'],
  [/物资|配送|送水|饮用水|goods|supplies/i, 'goods_delivery'],
  [/防暑|降温|清凉|高温|heat/i, 'heat_relief'],
  [/重建|清淤|修复|reconstruct|rebuild/i, 'reconstruction'],
  [/培训|训练|training/i, 'training'],
  [/竞赛|比赛|大赛|competition|contest/i, 'competition'],
  [/慰问|走访|看望|探望|condolence|visit/i, 'condolence_visit'],
];

/** Activity type from a cell: an enum value, a Chinese or English name, or null if unknown. */
export function recogniseType(cell: string): string | null {
  const c = compact(cell).toLowerCase();
  if (c === '') return null;
  const enumLike = c.replace(/[\s-]+/g, '_');
  for (const [, value] of TYPE_WORDS) if (enumLike === value) return value;
  for (const [pattern, value] of TYPE_WORDS) if (pattern.test(c)) return value;
  return null;
}
