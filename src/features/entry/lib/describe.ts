/**
 * Records as rows of plain text, for comparing two versions side by side (a conflict). Works on
 * a saved record and on a parsed input alike.
 */
import type { TFunction } from 'i18next';
import type { z } from 'zod';
import type { activityInputSchema, fundAllocationInputSchema, Provenance } from '@/api/contract';
import type { Lookups } from '@/components/domain/use-lookups';
import type { Language } from '@/i18n';
import { formatCount, formatDate, formatMoney } from '@/i18n/format';
import { goodsLineText } from '@/i18n/goods';
import { localName } from '@/i18n/localized';

export type ActivityLike = z.output<typeof activityInputSchema>;
export type FundLike = z.output<typeof fundAllocationInputSchema>;

export interface Row {
  key: string;
  label: string;
  value: string;
}

const join = (lang: Language, xs: string[]) => xs.join(lang === 'zh-CN' ? '、' : ', ');

function provenanceText(p: Provenance, t: TFunction): string {
  const kind = t(`provenance.${p.kind}`, { ns: 'common' });
  return p.kind === 'reported'
    ? `${kind}: ${p.source} — ${p.quote}`
    : p.note
      ? `${kind}: ${p.note}`
      : kind;
}

export function describeActivity(a: ActivityLike, l: Lookups, t: TFunction, lang: Language): Row[] {
  const org = (id: string) => {
    const o = l.organizations.get(id);
    return o ? localName(o.name, lang) : id;
  };
  const rows: [string, string][] = [
    [
      'date',
      a.endDate
        ? `${formatDate(a.date, lang)} – ${formatDate(a.endDate, lang)}`
        : formatDate(a.date, lang),
    ],
    ['type', t(`activityType.${a.type}`, { ns: 'common' })],
    ['titleZh', a.title.zh],
    ['titleEn', a.title.en],
    ['organizationId', org(a.organizationId)],
    [
      'leaders',
      join(
        lang,
        a.leaders.map((x) => (x.role ? `${x.name} (${x.role})` : x.name)),
      ),
    ],
    [
      'districtCodes',
      join(
        lang,
        a.districtCodes.map((c) => {
          const d = l.districts.get(c);
          return d ? localName(d.name, lang) : c;
        }),
      ),
    ],
    [
      'siteIds',
      join(
        lang,
        a.siteIds.map((id) => {
          const s = l.sites.get(id);
          return s ? localName(s.name, lang) : id;
        }),
      ),
    ],
    [
      'workers',
      a.workersServed ? formatCount(a.workersServed.value, lang, a.workersServed.atLeast) : '—',
    ],
    [
      'goods',
      join(
        lang,
        a.goods.map((g) =>
          goodsLineText(g, (key, options) => t(key, { ...options, ns: 'common' }), lang),
        ),
      ),
    ],
    ['cash', a.cash ? formatMoney(a.cash.yuan, lang) : '—'],
    ['notes', a.notes],
    ['provenance', provenanceText(a.provenance, t)],
  ];
  return rows.map(([key, value]) => ({ key, label: t(`field.${key}`), value: value || '—' }));
}

export function describeFund(x: FundLike, l: Lookups, t: TFunction, lang: Language): Row[] {
  const org = (id: string | null) => {
    if (!id) return '—';
    const o = l.organizations.get(id);
    return o ? localName(o.name, lang) : id;
  };
  const district = x.recipientDistrictCode ? l.districts.get(x.recipientDistrictCode) : undefined;
  const rows: [string, string][] = [
    ['date', formatDate(x.date, lang)],
    ['sourceOrganizationId', org(x.sourceOrganizationId)],
    [
      'recipientDistrictCode',
      district ? localName(district.name, lang) : (x.recipientDistrictCode ?? '—'),
    ],
    ['recipientOrganizationId', org(x.recipientOrganizationId)],
    ['amount', x.amount ? formatMoney(x.amount.yuan, lang) : '—'],
    ['purposeZh', x.purpose.zh],
    ['purposeEn', x.purpose.en],
    ['status', t(`fundStatus.${x.status}`, { ns: 'common' })],
    ['provenance', provenanceText(x.provenance, t)],
  ];
  return rows.map(([key, value]) => ({ key, label: t(`field.${key}`), value: value || '—' }));
}
