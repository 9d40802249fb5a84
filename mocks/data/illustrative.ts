/**
 * Illustrative records: the report gives no money amounts and covers only a few visits, so the
 * demo adds plausible work in the districts the 2023 floods hit hardest. Every record here is
 * flagged `illustrative` and says why; none of it may be presented as reported.
 *
 * Built from a fixed seed so the demo looks the same on every machine.
 */
import type {
  Activity,
  ActivityType,
  FundAllocation,
  GoodsLine,
  Organization,
  Site,
} from '@/api/contract';
import { DISTRICT, districts } from './districts';
import { createRandom, addDays, between, pick } from './random';
import { ORG, SEED_AUDIT } from './report';

// The badge says "illustrative" in the reader's language; no note is needed on every record.
const illustrative = { kind: 'illustrative', note: '' } as const;

type Federation = { id: string; zh: string; en: string; district: string };

const newFederations: Federation[] = [
  { id: 'org-mentougou-ftu', zh: '门头沟区总工会', en: 'Mentougou', district: DISTRICT.mentougou },
  { id: 'org-miyun-ftu', zh: '密云区总工会', en: 'Miyun', district: DISTRICT.miyun },
  { id: 'org-yanqing-ftu', zh: '延庆区总工会', en: 'Yanqing', district: DISTRICT.yanqing },
  { id: 'org-pinggu-ftu', zh: '平谷区总工会', en: 'Pinggu', district: DISTRICT.pinggu },
  { id: 'org-haidian-ftu', zh: '海淀区总工会', en: 'Haidian', district: DISTRICT.haidian },
  { id: 'org-fengtai-ftu', zh: '丰台区总工会', en: 'Fengtai', district: DISTRICT.fengtai },
  {
    id: 'org-shijingshan-ftu',
    zh: '石景山区总工会',
    en: 'Shijingshan',
    district: DISTRICT.shijingshan,
  },
];

export const illustrativeOrganizations: Organization[] = newFederations.map((f) => ({
  id: f.id,
  name: { zh: f.zh, en: `${f.en} District Federation of Trade Unions` },
  kind: 'district_federation',
  districtCode: f.district,
  provenance: illustrative,
}));

/** The federation that works in each district (reported ones where the report names them). */
const federationOf: Record<string, string> = {
  [DISTRICT.fangshan]: ORG.fangshanFtu,
  [DISTRICT.changping]: ORG.changpingFtu,
  [DISTRICT.huairou]: ORG.huairouFtu,
  ...Object.fromEntries(newFederations.map((f) => [f.district, f.id])),
};

type SiteRow = [
  id: string,
  zh: string,
  en: string,
  kind: Site['kind'],
  district: string,
  lon: number,
  lat: number,
];

// Points are placed by hand on each town's seat: approximate, WGS-84.
const siteRows: SiteRow[] = [
  [
    'site-i-miaofengshan',
    '妙峰山镇',
    'Miaofengshan town',
    'town',
    DISTRICT.mentougou,
    116.07,
    40.05,
  ],
  ['site-i-wangping', '王平镇', 'Wangping town', 'town', DISTRICT.mentougou, 115.99, 39.94],
  ['site-i-qingshui', '清水镇', 'Qingshui town', 'town', DISTRICT.mentougou, 115.59, 39.97],
  ['site-i-zhaitang', '斋堂镇', 'Zhaitang town', 'town', DISTRICT.mentougou, 115.68, 39.97],
  ['site-i-yanchi', '雁翅镇', 'Yanchi town', 'town', DISTRICT.mentougou, 115.92, 40.02],
  [
    'site-i-mentougou-fire',
    '门头沟区消防救援支队',
    'Mentougou Fire and Rescue Brigade',
    'brigade',
    DISTRICT.mentougou,
    116.1,
    39.94,
  ],
  [
    'site-i-fozizhuang',
    '佛子庄乡',
    'Fozizhuang township',
    'town',
    DISTRICT.fangshan,
    115.94,
    39.84,
  ],
  ['site-i-hebei-town', '河北镇', 'Hebei town', 'town', DISTRICT.fangshan, 115.99, 39.78],
  ['site-i-shidu', '十渡镇', 'Shidu town', 'town', DISTRICT.fangshan, 115.59, 39.64],
  ['site-i-liulihe', '琉璃河镇', 'Liulihe town', 'town', DISTRICT.fangshan, 116.03, 39.6],
  ['site-i-zhoukoudian', '周口店镇', 'Zhoukoudian town', 'town', DISTRICT.fangshan, 115.93, 39.69],
  ['site-i-changyang', '长阳镇', 'Changyang town', 'town', DISTRICT.fangshan, 116.2, 39.77],
  [
    'site-i-fangshan-road-works',
    '108国道抢修作业区',
    'G108 road repair work area',
    'work_area',
    DISTRICT.fangshan,
    115.8,
    39.72,
  ],
  ['site-i-yangfang', '阳坊镇', 'Yangfang town', 'town', DISTRICT.changping, 116.12, 40.14],
  ['site-i-shisanling', '十三陵镇', 'Shisanling town', 'town', DISTRICT.changping, 116.22, 40.29],
  ['site-i-liulimiao', '琉璃庙镇', 'Liulimiao town', 'town', DISTRICT.huairou, 116.58, 40.6],
  ['site-i-bohai', '渤海镇', 'Bohai town', 'town', DISTRICT.huairou, 116.5, 40.43],
  ['site-i-shicheng', '石城镇', 'Shicheng town', 'town', DISTRICT.miyun, 116.84, 40.52],
  ['site-i-fengjiayu', '冯家峪镇', 'Fengjiayu town', 'town', DISTRICT.miyun, 116.9, 40.62],
  ['site-i-qianjiadian', '千家店镇', 'Qianjiadian town', 'town', DISTRICT.yanqing, 116.34, 40.68],
  ['site-i-jinhaihu', '金海湖镇', 'Jinhaihu town', 'town', DISTRICT.pinggu, 117.24, 40.17],
  ['site-i-sujiatuo', '苏家坨镇', 'Sujiatuo town', 'town', DISTRICT.haidian, 116.15, 40.08],
  [
    'site-i-changxindian',
    '长辛店街道',
    'Changxindian subdistrict',
    'street',
    DISTRICT.fengtai,
    116.2,
    39.83,
  ],
  [
    'site-i-wulituo',
    '五里坨街道',
    'Wulituo subdistrict',
    'street',
    DISTRICT.shijingshan,
    116.15,
    39.96,
  ],
];

export const illustrativeSites: Site[] = siteRows.map(
  ([id, zh, en, kind, districtCode, lon, lat]) => ({
    id,
    name: { zh, en },
    kind,
    districtCode,
    location: { lon, lat, precision: 'approximate' },
    provenance: illustrative,
  }),
);

/** How much work each district gets in the demo: roughly how hard the floods hit it. */
const districtWeights: [district: string, activities: number, fundsWan: number][] = [
  [DISTRICT.fangshan, 12, 900],
  [DISTRICT.mentougou, 11, 800],
  [DISTRICT.changping, 6, 300],
  [DISTRICT.huairou, 5, 200],
  [DISTRICT.miyun, 4, 150],
  [DISTRICT.haidian, 3, 60],
  [DISTRICT.fengtai, 3, 80],
  [DISTRICT.yanqing, 2, 40],
  [DISTRICT.pinggu, 2, 30],
  [DISTRICT.shijingshan, 2, 25],
];

const typeWeights: ActivityType[] = [
  'condolence_visit',
  'condolence_visit',
  'condolence_visit',
  'fund_delivery',
  'fund_delivery',
  'goods_delivery',
  'goods_delivery',
  'reconstruction',
  'heat_relief',
];

const typeTitle: Record<ActivityType, [zh: string, en: string]> = {
  condolence_visit: ['慰问防汛抢险一线职工', 'visits front-line flood workers in'],
  fund_delivery: ['向受灾职工发放救助金', 'delivers relief cash to affected workers in'],
  goods_delivery: ['为一线职工送去救灾物资', 'delivers relief goods to front-line workers in'],
  reconstruction: ['慰问灾后重建一线职工', 'visits reconstruction workers in'],
  heat_relief: ['为高温下清淤职工送清凉', 'brings heat relief to silt-clearing workers in'],
  training: ['开展安全培训', 'runs safety training in'],
  competition: ['组织技能竞赛', 'holds a skills competition in'],
};

function goodsFor(type: ActivityType, random: () => number): GoodsLine[] {
  const line = (kind: GoodsLine['kind'], min: number, max: number, unit: string): GoodsLine => ({
    kind,
    quantity: between(random, min, max) * 10,
    unit,
    basis: 'illustrative',
  });
  switch (type) {
    case 'goods_delivery':
      return [
        line('water', 10, 60, '箱'),
        line('food', 10, 50, '份'),
        line('cleanup_supplies', 2, 20, '套'),
      ];
    case 'heat_relief':
      return [line('cooling_pack', 5, 30, '份'), line('medicine_kit', 1, 5, '个')];
    case 'condolence_visit':
    case 'reconstruction':
      return [line('condolence_goods', 3, 30, '份')];
    default:
      return [];
  }
}

function buildActivities(): Activity[] {
  const random = createRandom(20230729);
  const out: Activity[] = [];
  const organizationName = new Map(
    [...illustrativeOrganizations].map((o) => [o.id, o.name] as const),
  );
  for (const [district, count] of districtWeights) {
    const districtName = districts.find((d) => d.code === district)!.name;
    const sites = illustrativeSites.filter((s) => s.districtCode === district);
    for (let i = 0; i < count; i += 1) {
      const type = pick(random, typeWeights);
      // Most work falls in the first two weeks after the rain of 29 July – 2 August.
      const date = addDays('2023-07-31', Math.floor(random() * random() * 31));
      const byMunicipal = random() < 0.2;
      const organizationId = byMunicipal ? ORG.bjftu : federationOf[district]!;
      const orgName = organizationName.get(organizationId);
      const site = sites.length > 0 && random() < 0.85 ? pick(random, sites) : null;
      const place = site ? site.name : districtName;
      const [zhAction, enAction] = typeTitle[type];
      const who = byMunicipal
        ? { zh: '市总工会', en: 'Municipal federation' }
        : { zh: orgName?.zh ?? `${districtName.zh}总工会`, en: `${districtName.en} federation` };
      const workers = between(random, 3, 60) * 10;
      out.push({
        id: `act-i-${district}-${String(i + 1).padStart(2, '0')}`,
        date,
        endDate: null,
        type,
        title: {
          zh: `${who.zh}${zhAction}（${place.zh}）`,
          en: `${who.en} ${enAction} ${place.en}`,
        },
        organizationId,
        partnerOrganizationIds: byMunicipal ? [federationOf[district]!] : [],
        leaders: [],
        districtCodes: [district],
        siteIds: site ? [site.id] : [],
        workersServed: { value: workers, basis: 'illustrative', atLeast: false },
        otherCounts: [],
        goods: goodsFor(type, random),
        cash:
          type === 'fund_delivery' || (type === 'condolence_visit' && random() < 0.5)
            ? { yuan: between(random, 2, 30) * 10_000, basis: 'illustrative' }
            : null,
        notes: '',
        provenance: illustrative,
        ...SEED_AUDIT,
      });
    }
  }
  return out.sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id));
}

function buildFunds(): FundAllocation[] {
  const random = createRandom(20230801);
  const out: FundAllocation[] = [];
  const add = (
    source: string,
    district: string,
    wan: number,
    purpose: { zh: string; en: string },
    status: FundAllocation['status'],
  ) => {
    out.push({
      id: `fund-i-${String(out.length + 1).padStart(2, '0')}`,
      date: addDays('2023-07-31', between(random, 0, 20)),
      sourceOrganizationId: source,
      recipientDistrictCode: district,
      recipientOrganizationId: federationOf[district] ?? null,
      amount: { yuan: Math.round(wan) * 10_000, basis: 'illustrative' },
      purpose,
      status,
      provenance: illustrative,
      ...SEED_AUDIT,
    });
  };
  const relief = { zh: '防汛救灾专项资金', en: 'Flood-relief special funds' };
  const aid = { zh: '受灾职工帮扶资金', en: 'Aid for flood-hit workers' };
  const rebuild = { zh: '灾后重建职工慰问资金', en: 'Condolence funds for reconstruction workers' };
  for (const [district, , wan] of districtWeights) {
    add(ORG.bjftu, district, wan * 0.6, relief, 'disbursed');
    if (wan >= 150) add(ORG.warmthFoundation, district, wan * 0.15, aid, 'allocated');
    if (wan >= 200) add(ORG.mutualAid, district, wan * 0.12, aid, 'allocated');
    if (wan >= 80)
      add(
        federationOf[district]!,
        district,
        wan * 0.1,
        rebuild,
        pick(random, ['planned', 'allocated', 'disbursed'] as const),
      );
  }
  add(ORG.chaoyangFtu, DISTRICT.mentougou, 50, aid, 'disbursed');
  add(ORG.dongchengFtu, DISTRICT.mentougou, 40, aid, 'disbursed');
  return out;
}

export const illustrativeActivities = buildActivities();
export const illustrativeFunds = buildFunds();
