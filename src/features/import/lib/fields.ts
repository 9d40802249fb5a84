/** The fields a spreadsheet column can fill, per kind of record, and the headers that name them. */
import { compact } from '@/lib/parse/text';

/** What a sheet holds: relief activities, or fund allocations (source → recipient, amount). */
export const recordKinds = ['activities', 'funds'] as const;
export type RecordKind = (typeof recordKinds)[number];

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
export type ActivityField = (typeof importFields)[number];

export const fundFields = [
  'date',
  'source',
  'district',
  'recipientOrganization',
  'amount',
  'purpose',
  'status',
] as const;
export type FundField = (typeof fundFields)[number];

export type ImportField = ActivityField | FundField;

export function fieldsOf(kind: RecordKind): readonly ImportField[] {
  return kind === 'funds' ? fundFields : importFields;
}

/** Column index per field; a field is filled by at most one column. */
export type ColumnMapping = Partial<Record<ImportField, number>>;

/** Fund sheet headers, normalised (see normaliseHeader). */
const FUND_SYNONYMS: Record<FundField, string[]> = {
  date: ['日期', '拨付日期', '拨款日期', '下达日期', '到账日期', '时间', 'date', 'day'],
  source: [
    '拨付单位',
    '来源',
    '资金来源',
    '来源单位',
    '拨款单位',
    '出资单位',
    '捐赠单位',
    '拨出单位',
    'source',
    'from',
    'funder',
    'sourceorganization',
  ],
  district: [
    '接收区',
    '受援区',
    '区',
    '受助区',
    '区县',
    '所在区',
    '接收区县',
    '拨付区',
    '地区',
    'district',
    'recipientdistrict',
    'to',
  ],
  recipientOrganization: [
    '接收单位',
    '受援单位',
    '收款单位',
    '接收工会',
    '受助单位',
    'recipient',
    'recipientorganization',
  ],
  amount: ['金额', '拨付金额', '拨款金额', '资金金额', '资金', '数额', 'amount', 'yuan', 'funds'],
  purpose: [
    '用途',
    '资金用途',
    '事由',
    '项目',
    '说明',
    '拨付事由',
    'purpose',
    'use',
    'description',
  ],
  status: ['状态', '拨付状态', '进度', '资金状态', 'status', 'state'],
};

/** Headers as staff write them, in Chinese and English, normalised (see normaliseHeader). */
const SYNONYMS: Record<ActivityField, string[]> = {
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

const synonymsOf = (kind: RecordKind) =>
  (kind === 'funds' ? FUND_SYNONYMS : SYNONYMS) as Partial<Record<ImportField, string[]>>;
const exactByKind = Object.fromEntries(
  recordKinds.map((kind) => {
    const exact = new Map<string, ImportField>();
    const synonyms = synonymsOf(kind);
    for (const field of fieldsOf(kind)) for (const s of synonyms[field] ?? []) exact.set(s, field);
    return [kind, exact];
  }),
) as Record<RecordKind, Map<string, ImportField>>;

/**
 * Recognises the columns of a header row. Exact names first, then headers that contain a known
 * name of two or more characters (服务职工人数（人） → workers); each column serves one field,
 * each field takes the first column that names it.
 */
export function recogniseHeaders(
  headers: readonly string[],
  kind: RecordKind = 'activities',
): ColumnMapping {
  const exact = exactByKind[kind];
  const synonyms = synonymsOf(kind);
  const fields = fieldsOf(kind);
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
    for (const field of fields) {
      if (mapping[field] !== undefined) continue;
      if ((synonyms[field] ?? []).some((s) => s.length >= 2 && h.includes(s))) {
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
    const score = Math.max(
      ...recordKinds.map((kind) => Object.keys(recogniseHeaders(rows[i] ?? [], kind)).length),
    );
    if (score > bestScore) {
      best = i;
      bestScore = score;
    }
  }
  if (best >= 0) return best;
  const firstFilled = rows.findIndex((r) => r.some((c) => c.trim() !== ''));
  return Math.max(firstFilled, 0);
}

/**
 * The kind a header row most likely describes: funds when it names a fund's own fields (source,
 * purpose, status, recipient) rather than an activity's.
 */
export function guessRecordKind(headers: readonly string[]): RecordKind {
  const funds = recogniseHeaders(headers, 'funds');
  const activities = recogniseHeaders(headers, 'activities');
  const fundOwn = (['source', 'purpose', 'status', 'recipientOrganization'] as const).filter(
    (f) => funds[f] !== undefined,
  ).length;
  return fundOwn >= 2 && Object.keys(funds).length >= Object.keys(activities).length
    ? 'funds'
    : 'activities';
}

/** Fund status from a cell (计划 / 已下达 / 已拨付, or the English value), or null if unknown. */
export function recogniseFundStatus(cell: string): 'planned' | 'allocated' | 'disbursed' | null {
  const c = compact(cell).toLowerCase();
  if (c === '') return null;
  if (/^(planned|plan)$|计划|拟|待拨|未拨|筹备/.test(c)) return 'planned';
  if (/^(disbursed|paid)$|已拨付|已拨款|已发放|已到账|到账|已到位|已支付|已划拨/.test(c))
    return 'disbursed';
  if (/^(allocated)$|下达|已分配|分配|已批|批复|拨付中|已安排/.test(c)) return 'allocated';
  return null;
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
