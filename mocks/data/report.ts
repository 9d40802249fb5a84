/**
 * The reported facts: every item of ../shared/PRODUCT.md "What the report says", as records
 * that quote the report word for word. The report gives no money amounts, so every amount here
 * is null; the dates of items the report calls "近日" (recently) are the week and say
 * so in their notes.
 */
import type { Activity, FundAllocation, Organization, Provenance, Site } from '@/api/contract';
import { DISTRICT } from './districts';

export const REPORT_SOURCE = 'union-relief-report-2023-08';

export const SEED_AUDIT = {
  createdAt: '2023-08-31T18:00:00+08:00',
  updatedAt: '2023-08-31T18:00:00+08:00',
  createdBy: 'seed',
  updatedBy: 'seed',
  version: 1,
} as const;

function reported(quote: string): Provenance {
  return { kind: 'reported', source: REPORT_SOURCE, quote };
}

const RECENT_DATE = '2023-08-08';
const RECENT_NOTE =
  '报道只写“近日”，日期按该期报纸所在周记为 2023-08-08。The report says only "recently"; the date is the week of the issue.';

export const ORG = {
  bjftu: 'org-bjftu',
  fangshanFtu: 'org-fangshan-ftu',
  changpingFtu: 'org-changping-ftu',
  huairouFtu: 'org-huairou-ftu',
  chaoyangFtu: 'org-chaoyang-ftu',
  dongchengFtu: 'org-dongcheng-ftu',
  mutualAid: 'org-mutual-aid',
  warmthFoundation: 'org-warmth-foundation',
  railwaySection: 'org-beijing-west-signal-section',
  landscapingUnion: 'org-landscaping-union',
  politicsHealthCultureUnion: 'org-politics-health-culture-union',
  etdzFtu: 'org-etdz-ftu',
} as const;

export const reportedOrganizations: Organization[] = [
  {
    id: ORG.bjftu,
    name: { zh: '北京市总工会', en: 'Beijing Federation of Trade Unions' },
    kind: 'municipal_federation',
    districtCode: null,
    provenance: reported(
      '北京市总工会党组书记、副主席张良带队赴房山区慰问一线抢险救灾人员和受灾企业职工',
    ),
  },
  {
    id: ORG.fangshanFtu,
    name: { zh: '房山区总工会', en: 'Fangshan District Federation of Trade Unions' },
    kind: 'district_federation',
    districtCode: DISTRICT.fangshan,
    provenance: reported('区总工会主席齐文东一同慰问'),
  },
  {
    id: ORG.changpingFtu,
    name: { zh: '昌平区总工会', en: 'Changping District Federation of Trade Unions' },
    kind: 'district_federation',
    districtCode: DISTRICT.changping,
    provenance: reported('昌平区总工会党组书记、常务副主席王冰带队'),
  },
  {
    id: ORG.huairouFtu,
    name: { zh: '怀柔区总工会', en: 'Huairou District Federation of Trade Unions' },
    kind: 'district_federation',
    districtCode: DISTRICT.huairou,
    provenance: reported('怀柔区总工会党组书记、副主席樊晓娟带队'),
  },
  {
    id: ORG.chaoyangFtu,
    name: { zh: '朝阳区总工会', en: 'Chaoyang District Federation of Trade Unions' },
    kind: 'district_federation',
    districtCode: DISTRICT.chaoyang,
    provenance: reported(
      '中国职工保险互助会北京办事处、朝阳区总工会、东城区总工会分别援助专项资金',
    ),
  },
  {
    id: ORG.dongchengFtu,
    name: { zh: '东城区总工会', en: 'Dongcheng District Federation of Trade Unions' },
    kind: 'district_federation',
    districtCode: DISTRICT.dongcheng,
    provenance: reported(
      '中国职工保险互助会北京办事处、朝阳区总工会、东城区总工会分别援助专项资金',
    ),
  },
  {
    id: ORG.mutualAid,
    name: {
      zh: '北京市职工互助保障服务中心（中国职工保险互助会北京办事处）',
      en: "Beijing Workers' Mutual Aid Service Centre (China Workers' Insurance Mutual Aid Association, Beijing office)",
    },
    kind: 'mutual_aid',
    districtCode: null,
    provenance: reported('北京市职工互助保障服务中心（中国职工保险互助会北京办事处）'),
  },
  {
    id: ORG.warmthFoundation,
    name: { zh: '北京市温暖基金会', en: 'Beijing Warmth Foundation' },
    kind: 'foundation',
    districtCode: null,
    provenance: reported('北京市温暖基金会及时支援专项资金和爱心物资'),
  },
  {
    id: ORG.railwaySection,
    name: {
      zh: '北京西电务段工会（中国铁路北京局集团有限公司）',
      en: 'Union of the Beijing West Signal and Communication Section (China Railway Beijing Group)',
    },
    kind: 'enterprise_union',
    districtCode: null,
    provenance: reported('北京西电务段工会、团委等部门及时购买饮用水和食物等物资'),
  },
  {
    id: ORG.landscapingUnion,
    name: {
      zh: '北京市园林绿化局工会',
      en: 'Union of the Beijing Landscaping and Greening Bureau',
    },
    kind: 'industry_union',
    districtCode: null,
    provenance: reported('北京市园林绿化局工会及市西山试验林场管理处等负责人参加'),
  },
  {
    id: ORG.politicsHealthCultureUnion,
    name: {
      zh: '北京市政法卫生文化工会',
      en: 'Beijing Politics-Law, Health and Culture Union',
    },
    kind: 'industry_union',
    districtCode: null,
    provenance: reported('由北京市政法卫生文化工会主办'),
  },
  {
    id: ORG.etdzFtu,
    name: {
      zh: '北京经济技术开发区总工会',
      en: 'Federation of Trade Unions of the Beijing Economic-Technological Development Area',
    },
    kind: 'district_federation',
    // The development area is a functional zone, mostly inside Daxing district.
    districtCode: DISTRICT.daxing,
    provenance: reported('北京经济技术开发区（以下简称“经开区”）总工会'),
  },
];

export const SITE = {
  suVillage: 'site-doudian-su-village',
  jinriDongfang: 'site-jinri-dongfang',
  fangshanFireBrigade: 'site-fangshan-fire-brigade',
  nankou: 'site-nankou-town',
  liucun: 'site-liucun-town',
  changpingCommittee: 'site-changping-area-committee',
  jiuduhe: 'site-jiuduhe-town',
  xishanFarm: 'site-xishan-forest-farm',
  trainingCollege: 'site-culr-training-college',
} as const;

/**
 * The report names places but gives no coordinates. Points are placed by us on the town or
 * institution and marked `approximate`; places we cannot locate better than their district sit
 * on the district's label point with precision `district`.
 */
export const reportedSites: Site[] = [
  {
    id: SITE.suVillage,
    name: {
      zh: '窦店镇苏村（道路清淤现场）',
      en: 'Su village, Doudian town (road silt-clearing site)',
    },
    kind: 'village',
    districtCode: DISTRICT.fangshan,
    location: { lon: 116.052, lat: 39.672, precision: 'approximate' },
    provenance: reported('张良一行首先来到房山区窦店镇苏村道路清淤现场'),
  },
  {
    id: SITE.jinriDongfang,
    name: {
      zh: '北京今日东方劳务派遣有限公司',
      en: 'Beijing Jinri Dongfang Labour Dispatch Co., Ltd.',
    },
    kind: 'company',
    districtCode: DISTRICT.fangshan,
    location: { lon: 116.139157, lat: 39.735535, precision: 'district' },
    provenance: reported('在北京今日东方劳务派遣有限公司，张良详细了解企业和职工受灾情况'),
  },
  {
    id: SITE.fangshanFireBrigade,
    name: { zh: '房山区消防支队', en: 'Fangshan Fire Brigade' },
    kind: 'brigade',
    districtCode: DISTRICT.fangshan,
    location: { lon: 116.143, lat: 39.748, precision: 'approximate' },
    provenance: reported('在房山区消防支队，张良向抢险救灾中不畏艰险奋战在一线的消防官兵致以敬意'),
  },
  {
    id: SITE.nankou,
    name: { zh: '南口镇', en: 'Nankou town' },
    kind: 'town',
    districtCode: DISTRICT.changping,
    location: { lon: 116.133, lat: 40.236, precision: 'approximate' },
    provenance: reported('慰问南口镇、流村镇及该区域管委奋战在防汛抢险一线的干部职工'),
  },
  {
    id: SITE.liucun,
    name: { zh: '流村镇', en: 'Liucun town' },
    kind: 'town',
    districtCode: DISTRICT.changping,
    location: { lon: 116.04, lat: 40.205, precision: 'approximate' },
    provenance: reported('慰问南口镇、流村镇及该区域管委奋战在防汛抢险一线的干部职工'),
  },
  {
    id: SITE.changpingCommittee,
    name: { zh: '该区域管委（昌平）', en: "The area's administrative committee (Changping)" },
    kind: 'office',
    districtCode: DISTRICT.changping,
    location: { lon: 116.235906, lat: 40.218085, precision: 'district' },
    provenance: reported('慰问南口镇、流村镇及该区域管委奋战在防汛抢险一线的干部职工'),
  },
  {
    id: SITE.jiuduhe,
    name: { zh: '九渡河镇', en: 'Jiuduhe town' },
    kind: 'town',
    districtCode: DISTRICT.huairou,
    location: { lon: 116.47, lat: 40.36, precision: 'approximate' },
    provenance: reported('来到该区因强降雨遭受损失的九渡河镇'),
  },
  {
    id: SITE.xishanFarm,
    name: { zh: '市西山试验林场管理处', en: 'Xishan Experimental Forest Farm management office' },
    kind: 'farm',
    districtCode: DISTRICT.haidian,
    location: { lon: 116.19, lat: 39.985, precision: 'approximate' },
    provenance: reported('到市西山试验林场管理处开展调研慰问活动'),
  },
  {
    id: SITE.trainingCollege,
    name: {
      zh: '中国劳动关系学院工会干部培训学院',
      en: 'Union Cadre Training College, China University of Labor Relations',
    },
    kind: 'venue',
    districtCode: DISTRICT.haidian,
    location: { lon: 116.318, lat: 39.933, precision: 'approximate' },
    provenance: reported('在中国劳动关系学院工会干部培训学院举办2023年经开区基层工会干部培训班'),
  },
];

type ActivitySeed = Omit<
  Activity,
  | keyof typeof SEED_AUDIT
  | 'endDate'
  | 'partnerOrganizationIds'
  | 'leaders'
  | 'districtCodes'
  | 'siteIds'
  | 'workersServed'
  | 'otherCounts'
  | 'goods'
  | 'cash'
  | 'notes'
> &
  Partial<Activity>;

function activity(seed: ActivitySeed): Activity {
  return {
    endDate: null,
    partnerOrganizationIds: [],
    leaders: [],
    districtCodes: [],
    siteIds: [],
    workersServed: null,
    otherCounts: [],
    goods: [],
    cash: null,
    notes: '',
    ...SEED_AUDIT,
    ...seed,
  };
}

export const reportedActivities: Activity[] = [
  activity({
    id: 'act-r-fangshan-visit',
    date: '2023-08-07',
    type: 'condolence_visit',
    title: {
      zh: '市总工会赴房山区慰问抢险救灾人员和受灾企业职工',
      en: 'Municipal federation visits rescuers and affected workers in Fangshan',
    },
    organizationId: ORG.bjftu,
    partnerOrganizationIds: [ORG.fangshanFtu],
    leaders: [
      { name: '张良', role: '北京市总工会党组书记、副主席' },
      { name: '暴剑', role: '房山区委副书记、政法委书记' },
      { name: '齐文东', role: '房山区人大常委会党组副书记、常务副主任、区总工会主席' },
    ],
    districtCodes: [DISTRICT.fangshan],
    siteIds: [SITE.suVillage, SITE.jinriDongfang, SITE.fangshanFireBrigade],
    provenance: reported(
      '8月7日，北京市总工会党组书记、副主席张良带队赴房山区慰问一线抢险救灾人员和受灾企业职工，送上党和政府以及工会组织的关心关爱。',
    ),
  }),
  activity({
    id: 'act-r-warmth-goods-fangshan',
    date: '2023-08-07',
    type: 'goods_delivery',
    title: {
      zh: '北京市温暖基金会支援房山区爱心物资',
      en: 'Beijing Warmth Foundation donates goods to Fangshan',
    },
    organizationId: ORG.warmthFoundation,
    districtCodes: [DISTRICT.fangshan],
    goods: [{ kind: 'condolence_goods', quantity: null, unit: '', basis: 'reported' }],
    notes: '报道未给出物资数量。The report gives no quantity.',
    provenance: reported(
      '北京市温暖基金会及时支援专项资金和爱心物资，全力以赴为防汛救灾和恢复重建贡献力量。',
    ),
  }),
  activity({
    id: 'act-r-changping-visit',
    date: RECENT_DATE,
    type: 'condolence_visit',
    title: {
      zh: '昌平工会慰问防汛抢险一线职工',
      en: 'Changping unions visit front-line flood workers',
    },
    organizationId: ORG.changpingFtu,
    leaders: [{ name: '王冰', role: '昌平区总工会党组书记、常务副主席' }],
    districtCodes: [DISTRICT.changping],
    siteIds: [SITE.nankou, SITE.liucun, SITE.changpingCommittee],
    goods: [{ kind: 'condolence_goods', quantity: null, unit: '', basis: 'reported' }],
    notes: `送去慰问品和慰问金，报道未给出金额。Condolence goods and cash were delivered; no amount is given. ${RECENT_NOTE}`,
    provenance: reported(
      '慰问南口镇、流村镇及该区域管委奋战在防汛抢险一线的干部职工，并送去了慰问品和慰问金。',
    ),
  }),
  activity({
    id: 'act-r-railway-goods',
    date: RECENT_DATE,
    type: 'goods_delivery',
    title: {
      zh: '北京西电务段为防汛抢险一线职工送去饮用水和食物',
      en: 'Beijing West signal section delivers water and food to front-line workers',
    },
    organizationId: ORG.railwaySection,
    goods: [
      { kind: 'water', quantity: null, unit: '', basis: 'reported' },
      { kind: 'food', quantity: null, unit: '', basis: 'reported' },
    ],
    notes: `报道未说明工区所在区，故不在地图上定位。The report does not say where the work areas are, so the map cannot place them. ${RECENT_NOTE}`,
    provenance: reported(
      '北京西电务段工会、团委等部门及时购买饮用水和食物等物资，运送到工区防汛抢险一线职工手中',
    ),
  }),
  activity({
    id: 'act-r-huairou-jiuduhe',
    date: RECENT_DATE,
    type: 'condolence_visit',
    title: {
      zh: '怀柔区总工会慰问九渡河镇防汛救灾和灾后重建一线职工',
      en: 'Huairou federation visits flood and reconstruction workers in Jiuduhe town',
    },
    organizationId: ORG.huairouFtu,
    leaders: [{ name: '樊晓娟', role: '怀柔区总工会党组书记、副主席' }],
    districtCodes: [DISTRICT.huairou],
    siteIds: [SITE.jiuduhe],
    notes: `河道清淤等灾后复产重建。River dredging and reconstruction. ${RECENT_NOTE}`,
    provenance: reported('来到该区因强降雨遭受损失的九渡河镇，慰问防汛救灾和灾后重建一线职工。'),
  }),
  activity({
    id: 'act-r-huairou-townships',
    date: RECENT_DATE,
    type: 'condolence_visit',
    title: {
      zh: '怀柔区16个乡镇、街道工会慰问工作全部落实到位',
      en: "Huairou's 16 township and street unions complete their condolence work",
    },
    organizationId: ORG.huairouFtu,
    districtCodes: [DISTRICT.huairou],
    workersServed: { value: 2800, basis: 'reported', atLeast: true },
    otherCounts: [
      {
        label: { zh: '乡镇、街道工会', en: 'township and street unions' },
        figure: { value: 16, basis: 'reported', atLeast: false },
      },
    ],
    notes: `截至报道时的累计数。Cumulative as of the report. ${RECENT_NOTE}`,
    provenance: reported(
      '截至目前，该区16个乡镇、街道工会慰问工作全部落实到位，服务职工群众达2800余人。',
    ),
  }),
  activity({
    id: 'act-r-xishan-heat-relief',
    date: RECENT_DATE,
    type: 'heat_relief',
    title: {
      zh: '市职工互助保障服务中心为园林绿化职工送关爱',
      en: 'Mutual aid centre brings heat relief to landscaping workers',
    },
    organizationId: ORG.mutualAid,
    partnerOrganizationIds: [ORG.landscapingUnion],
    districtCodes: [DISTRICT.haidian],
    siteIds: [SITE.xishanFarm],
    goods: [
      { kind: 'cooling_pack', quantity: null, unit: '', basis: 'reported' },
      { kind: 'medicine_kit', quantity: null, unit: '', basis: 'reported' },
      { kind: 'water', quantity: null, unit: '', basis: 'reported' },
    ],
    notes: `座谈会解答医疗救助、二次报销、住院津贴等问题。A meeting answered questions on medical aid, second reimbursement and hospital allowances. ${RECENT_NOTE}`,
    provenance: reported('为职工送上了“清凉包”、医药箱和矿泉水等防暑降温物品'),
  }),
  activity({
    id: 'act-r-caregiver-competition',
    date: RECENT_DATE,
    type: 'competition',
    title: {
      zh: '2023年北京“医养结合杯”护工护理员理论知识竞赛培训会暨动员会',
      en: '2023 Beijing "Medical and Elderly Care" caregiver knowledge competition: training and mobilisation',
    },
    organizationId: ORG.politicsHealthCultureUnion,
    otherCounts: [
      {
        label: { zh: '参赛单位', en: 'participating units' },
        figure: { value: 180, basis: 'reported', atLeast: false },
      },
      {
        label: { zh: '护工护理员', en: 'caregivers' },
        figure: { value: 280, basis: 'reported', atLeast: true },
      },
    ],
    notes: RECENT_NOTE,
    provenance: reported('来自180个单位的280余名护工护理员参加比赛'),
  }),
  activity({
    id: 'act-r-etdz-training',
    date: RECENT_DATE,
    endDate: '2023-08-11',
    type: 'training',
    title: {
      zh: '2023年经开区基层工会干部培训班',
      en: '2023 development-area grassroots union cadre training',
    },
    organizationId: ORG.etdzFtu,
    leaders: [{ name: '安春玲', role: '经开区总工会主席' }],
    siteIds: [SITE.trainingCollege],
    otherCounts: [
      {
        label: { zh: '基层工会', en: 'grassroots unions' },
        figure: { value: 100, basis: 'reported', atLeast: true },
      },
      {
        label: { zh: '培训天数', en: 'days of training' },
        figure: { value: 4, basis: 'reported', atLeast: false },
      },
      {
        label: { zh: '专题', en: 'topics' },
        figure: { value: 5, basis: 'reported', atLeast: false },
      },
    ],
    notes: `为期4天，起止日期为估计。Four days; the start and end dates are estimated. ${RECENT_NOTE}`,
    provenance: reported(
      '来自经开区100余家基层工会的工会主席、工会委员、经审委员参加此次为期4天的脱产培训',
    ),
  }),
];

function fund(
  id: string,
  date: string,
  sourceOrganizationId: string,
  recipientDistrictCode: string,
  recipientOrganizationId: string | null,
  purpose: { zh: string; en: string },
  quote: string,
): FundAllocation {
  return {
    id,
    date,
    sourceOrganizationId,
    recipientDistrictCode,
    recipientOrganizationId,
    amount: null,
    purpose,
    status: 'allocated',
    provenance: reported(quote),
    ...SEED_AUDIT,
  };
}

const fangshanFunds = '为助力房山区开展抢险救灾工作';

export const reportedFunds: FundAllocation[] = [
  fund(
    'fund-r-bjftu-fangshan',
    '2023-08-07',
    ORG.bjftu,
    DISTRICT.fangshan,
    ORG.fangshanFtu,
    { zh: '工会救灾专项资金', en: 'Union disaster-relief special funds' },
    `${fangshanFunds}，北京市总工会第一时间下拨工会救灾专项资金`,
  ),
  fund(
    'fund-r-mutual-aid-fangshan',
    '2023-08-07',
    ORG.mutualAid,
    DISTRICT.fangshan,
    null,
    { zh: '援助专项资金', en: 'Special aid funds' },
    '中国职工保险互助会北京办事处、朝阳区总工会、东城区总工会分别援助专项资金',
  ),
  fund(
    'fund-r-chaoyang-fangshan',
    '2023-08-07',
    ORG.chaoyangFtu,
    DISTRICT.fangshan,
    null,
    { zh: '援助专项资金', en: 'Special aid funds' },
    '中国职工保险互助会北京办事处、朝阳区总工会、东城区总工会分别援助专项资金',
  ),
  fund(
    'fund-r-dongcheng-fangshan',
    '2023-08-07',
    ORG.dongchengFtu,
    DISTRICT.fangshan,
    null,
    { zh: '援助专项资金', en: 'Special aid funds' },
    '中国职工保险互助会北京办事处、朝阳区总工会、东城区总工会分别援助专项资金',
  ),
  fund(
    'fund-r-warmth-fangshan',
    '2023-08-07',
    ORG.warmthFoundation,
    DISTRICT.fangshan,
    null,
    { zh: '专项资金', en: 'Special funds' },
    '北京市温暖基金会及时支援专项资金和爱心物资',
  ),
  fund(
    'fund-r-bjftu-changping',
    RECENT_DATE,
    ORG.bjftu,
    DISTRICT.changping,
    ORG.changpingFtu,
    { zh: '防汛救灾专项慰问资金', en: 'Special flood-relief condolence funds' },
    '北京市总工会紧急下拨防汛救灾专项慰问资金',
  ),
  fund(
    'fund-r-huairou-townships',
    RECENT_DATE,
    ORG.huairouFtu,
    DISTRICT.huairou,
    null,
    {
      zh: '支持镇乡、街道救灾帮扶和慰问一线职工专项资金',
      en: 'Special funds for townships and streets to help flood-hit and front-line workers',
    },
    '做好用于支持相关镇乡、街道开展救灾帮扶和慰问救灾一线职工专项资金的调配使用',
  ),
];
