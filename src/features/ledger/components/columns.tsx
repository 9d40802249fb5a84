import { useMemo } from 'react';
import type { Activity, FigureBasis, FundAllocation } from '@/api/contract';
import { ProvenanceBadge } from '@/components/domain/Provenance';
import type { Lookups } from '@/components/domain/use-lookups';
import { useI18n } from '@/i18n';
import { formatCount, formatDate, formatDateTime, formatMoney } from '@/i18n/format';
import { localName } from '@/i18n/localized';
import { districtName, goodsText, joinNames, organizationName, siteName } from '../lib/names';
import type { GridColumn } from './LedgerGrid';

/** A figure that is not a reported fact says so next to the number. */
export function BasisMark({ basis }: { basis: FigureBasis }) {
  const { t } = useI18n('ledger');
  if (basis === 'reported') return null;
  return (
    <span className={`ledger-basis ledger-basis--${basis}`} title={t(`basis.${basis}`)}>
      {t(`basisShort.${basis}`)}
    </span>
  );
}

/** Text from records: isolated from the row's direction, clamped to one line. */
function Clamp({ children }: { children: string }) {
  return (
    <bdi className="ledger-clamp" dir="auto">
      {children}
    </bdi>
  );
}

/** Room for "Aug 31, 2023, 18:00" at the cell's 0.75rem (8.5rem cut the minutes). */
const UPDATED_WIDTH = '9.5rem';

function Updated({ at, by }: { at: string; by: string }) {
  const { t, lang } = useI18n('ledger');
  return (
    <span className="ledger-updated">
      <time dateTime={at}>{formatDateTime(at, lang)}</time>
      <Clamp>{by || t('unknownUser')}</Clamp>
    </span>
  );
}

export function useActivityColumns(lookups: Lookups): GridColumn<Activity>[] {
  const { t, lang } = useI18n('ledger');
  const tc = useI18n().t;
  return useMemo(
    () => [
      {
        key: 'date',
        label: t('column.date'),
        width: '7.5rem',
        sortField: 'date',
        render: (a) => (
          <span className="ledger-clamp">
            <time dateTime={a.date}>{formatDate(a.date, lang)}</time>
            {a.endDate && a.endDate !== a.date && <> – {formatDate(a.endDate, lang, false)}</>}
          </span>
        ),
      },
      {
        key: 'type',
        label: t('column.type'),
        width: 'minmax(7.5rem, 0.8fr)',
        sortField: 'type',
        render: (a) => <Clamp>{tc(`activityType.${a.type}`, { defaultValue: a.type })}</Clamp>,
      },
      {
        key: 'title',
        label: t('column.title'),
        width: 'minmax(8.25rem, 2fr)',
        render: (a) => <Clamp>{localName(a.title, lang)}</Clamp>,
      },
      {
        key: 'organization',
        label: t('column.organization'),
        width: 'minmax(7.5rem, 1.2fr)',
        render: (a) => <Clamp>{organizationName(a.organizationId, lookups, lang)}</Clamp>,
      },
      {
        key: 'districts',
        label: t('column.districts'),
        width: 'minmax(6.25rem, 0.7fr)',
        render: (a) => (
          <Clamp>{joinNames(a.districtCodes, (c) => districtName(c, lookups, lang), lang)}</Clamp>
        ),
      },
      {
        key: 'sites',
        label: t('column.sites'),
        width: 'minmax(7rem, 0.9fr)',
        render: (a) => (
          <Clamp>{joinNames(a.siteIds, (id) => siteName(id, lookups, lang), lang)}</Clamp>
        ),
      },
      {
        key: 'workersServed',
        label: t('column.workersServed'),
        width: '6rem',
        sortField: 'workersServed',
        align: 'end',
        render: (a) =>
          a.workersServed ? (
            <span className="ledger-figure">
              {formatCount(a.workersServed.value, lang, a.workersServed.atLeast)}
              <BasisMark basis={a.workersServed.basis} />
            </span>
          ) : (
            <span className="ledger-none">{t('noValue')}</span>
          ),
      },
      {
        key: 'goods',
        label: t('column.goods'),
        width: 'minmax(6rem, 0.9fr)',
        render: (a) => <Clamp>{goodsText(a.goods, tc, lang)}</Clamp>,
      },
      {
        key: 'cash',
        label: t('column.cash'),
        width: '8.5rem',
        sortField: 'cash',
        align: 'end',
        render: (a) =>
          a.cash ? (
            <span className="ledger-figure">
              {formatMoney(a.cash.yuan, lang)}
              <BasisMark basis={a.cash.basis} />
            </span>
          ) : (
            <span className="ledger-none">{t('noValue')}</span>
          ),
      },
      {
        key: 'provenance',
        label: t('column.provenance'),
        width: '5.5rem',
        render: (a) => <ProvenanceBadge provenance={a.provenance} />,
      },
      {
        key: 'updatedAt',
        label: t('column.updatedAt'),
        width: UPDATED_WIDTH,
        sortField: 'updatedAt',
        render: (a) => <Updated at={a.updatedAt} by={a.updatedBy} />,
      },
    ],
    [t, tc, lang, lookups],
  );
}

export function useFundColumns(lookups: Lookups): GridColumn<FundAllocation>[] {
  const { t, lang } = useI18n('ledger');
  const tc = useI18n().t;
  return useMemo(
    () => [
      {
        key: 'date',
        label: t('column.date'),
        width: '7.5rem',
        sortField: 'date',
        render: (x) => <time dateTime={x.date}>{formatDate(x.date, lang)}</time>,
      },
      {
        key: 'source',
        label: t('column.source'),
        width: 'minmax(10rem, 1.5fr)',
        render: (x) => <Clamp>{organizationName(x.sourceOrganizationId, lookups, lang)}</Clamp>,
      },
      {
        key: 'recipient',
        label: t('column.recipient'),
        width: 'minmax(9rem, 1.3fr)',
        render: (x) => (
          <Clamp>
            {[
              x.recipientDistrictCode ? districtName(x.recipientDistrictCode, lookups, lang) : '',
              x.recipientOrganizationId
                ? organizationName(x.recipientOrganizationId, lookups, lang)
                : '',
            ]
              .filter(Boolean)
              .join(' · ') || t('noValue')}
          </Clamp>
        ),
      },
      {
        key: 'amount',
        label: t('column.amount'),
        width: '9rem',
        sortField: 'amount',
        align: 'end',
        render: (x) =>
          x.amount ? (
            <span className="ledger-figure">
              {formatMoney(x.amount.yuan, lang)}
              <BasisMark basis={x.amount.basis} />
            </span>
          ) : (
            <span className="ledger-none">{t('notReported')}</span>
          ),
      },
      {
        key: 'purpose',
        label: t('column.purpose'),
        width: 'minmax(12rem, 2.2fr)',
        render: (x) => <Clamp>{localName(x.purpose, lang)}</Clamp>,
      },
      {
        key: 'status',
        label: t('column.status'),
        width: '6.5rem',
        sortField: 'status',
        render: (x) => <Clamp>{tc(`fundStatus.${x.status}`, { defaultValue: x.status })}</Clamp>,
      },
      {
        key: 'provenance',
        label: t('column.provenance'),
        width: '5.5rem',
        render: (x) => <ProvenanceBadge provenance={x.provenance} />,
      },
      {
        key: 'updatedAt',
        label: t('column.updatedAt'),
        width: UPDATED_WIDTH,
        sortField: 'updatedAt',
        render: (x) => <Updated at={x.updatedAt} by={x.updatedBy} />,
      },
    ],
    [t, tc, lang, lookups],
  );
}
