import { useEffect, useRef, type ReactNode } from 'react';
import { Link } from 'wouter';
import type { Activity, FundAllocation, Provenance } from '@/api/contract';
import { ProvenanceBadge } from '@/components/domain/Provenance';
import type { Lookups } from '@/components/domain/use-lookups';
import { useI18n } from '@/i18n';
import { formatCount, formatDate, formatDateTime, formatMoney } from '@/i18n/format';
import { localName } from '@/i18n/localized';
import { districtName, goodsText, joinNames, organizationName, siteName } from '../lib/names';
import { BasisMark } from './columns';

export type LedgerRecord =
  { view: 'activities'; record: Activity } | { view: 'funds'; record: FundAllocation };

function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="ledger-details__field">
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

/** Where the record comes from, in full: the quote for reported facts, the note otherwise. */
function ProvenanceBlock({ provenance }: { provenance: Provenance }) {
  const { t } = useI18n();
  return (
    <div className={`ledger-details__provenance ledger-details__provenance--${provenance.kind}`}>
      <p className="ledger-details__provenance-kind">
        <ProvenanceBadge provenance={provenance} /> {t(`provenance.${provenance.kind}Long`)}
      </p>
      {provenance.kind === 'reported' ? (
        <>
          <blockquote lang="zh-CN" className="ledger-details__quote">
            <bdi>{provenance.quote}</bdi>
          </blockquote>
          <p className="ledger-details__source">
            {t('provenance.source')}: <bdi>{provenance.source}</bdi>
          </p>
        </>
      ) : (
        provenance.note && (
          <p className="ledger-details__note">
            <bdi>{provenance.note}</bdi>
          </p>
        )
      )}
    </div>
  );
}

function Audit({ record }: { record: Activity | FundAllocation }) {
  const { t, lang } = useI18n('ledger');
  const who = (name: string) => name || t('unknownUser');
  return (
    <>
      <Field label={t('details.created')}>
        {t('details.at', {
          time: formatDateTime(record.createdAt, lang),
          name: who(record.createdBy),
        })}
      </Field>
      <Field label={t('details.updated')}>
        {t('details.at', {
          time: formatDateTime(record.updatedAt, lang),
          name: who(record.updatedBy),
        })}{' '}
        <span className="ledger-none">({t('details.version', { version: record.version })})</span>
      </Field>
      <Field label={t('details.id')}>
        <code>{record.id}</code>
      </Field>
    </>
  );
}

function ActivityFields({ a, lookups }: { a: Activity; lookups: Lookups }) {
  const { t, lang } = useI18n('ledger');
  const tc = useI18n().t;
  const sep = (xs: string[]) => joinNames(xs, (s) => s, lang);
  return (
    <dl className="ledger-details__fields">
      <Field label={t('column.date')}>
        {formatDate(a.date, lang)}
        {a.endDate &&
          a.endDate !== a.date &&
          ` ${t('details.endDate', { date: formatDate(a.endDate, lang) })}`}
      </Field>
      <Field label={t('column.type')}>
        {tc(`activityType.${a.type}`, { defaultValue: a.type })}
      </Field>
      <Field label={t('column.organization')}>
        <bdi>{organizationName(a.organizationId, lookups, lang)}</bdi>
      </Field>
      {a.partnerOrganizationIds.length > 0 && (
        <Field label={t('details.partners')}>
          <bdi>
            {sep(a.partnerOrganizationIds.map((id) => organizationName(id, lookups, lang)))}
          </bdi>
        </Field>
      )}
      {a.leaders.length > 0 && (
        <Field label={t('details.leaders')}>
          <bdi>{sep(a.leaders.map((l) => (l.role ? `${l.name}（${l.role}）` : l.name)))}</bdi>
        </Field>
      )}
      <Field label={t('column.districts')}>
        <bdi>{sep(a.districtCodes.map((c) => districtName(c, lookups, lang))) || t('noValue')}</bdi>
      </Field>
      {a.siteIds.length > 0 && (
        <Field label={t('column.sites')}>
          <bdi>{sep(a.siteIds.map((id) => siteName(id, lookups, lang)))}</bdi>
        </Field>
      )}
      <Field label={t('column.workersServed')}>
        {a.workersServed ? (
          <>
            {formatCount(a.workersServed.value, lang, a.workersServed.atLeast)}{' '}
            <BasisMark basis={a.workersServed.basis} />
          </>
        ) : (
          t('noValue')
        )}
      </Field>
      {a.otherCounts.map((c, i) => (
        <Field key={i} label={localName(c.label, lang)}>
          {formatCount(c.figure.value, lang, c.figure.atLeast)} <BasisMark basis={c.figure.basis} />
        </Field>
      ))}
      {a.goods.length > 0 && (
        <Field label={t('column.goods')}>
          <ul className="ledger-details__list">
            {a.goods.map((g, i) => (
              <li key={i}>
                <bdi>{goodsText([g], tc, lang)}</bdi> <BasisMark basis={g.basis} />
              </li>
            ))}
          </ul>
        </Field>
      )}
      <Field label={t('column.cash')}>
        {a.cash ? (
          <>
            {formatMoney(a.cash.yuan, lang)} <BasisMark basis={a.cash.basis} />
          </>
        ) : (
          t('noValue')
        )}
      </Field>
      {a.notes && (
        <Field label={t('details.notes')}>
          <bdi className="ledger-details__text">{a.notes}</bdi>
        </Field>
      )}
      <Audit record={a} />
    </dl>
  );
}

function FundFields({ x, lookups }: { x: FundAllocation; lookups: Lookups }) {
  const { t, lang } = useI18n('ledger');
  const tc = useI18n().t;
  return (
    <dl className="ledger-details__fields">
      <Field label={t('column.date')}>{formatDate(x.date, lang)}</Field>
      <Field label={t('column.source')}>
        <bdi>{organizationName(x.sourceOrganizationId, lookups, lang)}</bdi>
      </Field>
      <Field label={t('column.recipient')}>
        <bdi>
          {[
            x.recipientDistrictCode ? districtName(x.recipientDistrictCode, lookups, lang) : '',
            x.recipientOrganizationId
              ? organizationName(x.recipientOrganizationId, lookups, lang)
              : '',
          ]
            .filter(Boolean)
            .join(' · ') || t('noValue')}
        </bdi>
      </Field>
      <Field label={t('column.amount')}>
        {x.amount ? (
          <>
            {formatMoney(x.amount.yuan, lang)} <BasisMark basis={x.amount.basis} />
          </>
        ) : (
          t('notReported')
        )}
      </Field>
      <Field label={t('column.status')}>
        {tc(`fundStatus.${x.status}`, { defaultValue: x.status })}
      </Field>
      <Audit record={x} />
    </dl>
  );
}

/**
 * One record in full beside the table: the whole title (the row clamps it), every field, where it
 * comes from with the quote, who changed it and when, and a link to edit it.
 */
export function RecordDetails({
  selected,
  lookups,
  onClose,
}: {
  selected: LedgerRecord;
  lookups: Lookups;
  onClose: () => void;
}) {
  const { t, lang } = useI18n('ledger');
  const headingRef = useRef<HTMLHeadingElement>(null);
  const { view, record } = selected;
  useEffect(() => {
    headingRef.current?.focus();
  }, [record.id]);
  const title =
    view === 'activities' ? localName(record.title, lang) : localName(record.purpose, lang);
  const editHref = `/entry/${view === 'activities' ? 'activity' : 'fund'}/${encodeURIComponent(record.id)}`;
  return (
    <aside
      className="ledger-details"
      aria-labelledby="ledger-details-title"
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.stopPropagation();
          onClose();
        }
      }}
    >
      <div className="ledger-details__bar">
        <p className="ledger-details__label">{t('details.label')}</p>
        <button type="button" className="button button--ghost button--small" onClick={onClose}>
          {t('details.close')}
        </button>
      </div>
      <h3
        id="ledger-details-title"
        className="ledger-details__title"
        tabIndex={-1}
        ref={headingRef}
      >
        <bdi>{title}</bdi>
      </h3>
      <ProvenanceBlock provenance={record.provenance} />
      {view === 'activities' ? (
        <ActivityFields a={record} lookups={lookups} />
      ) : (
        <FundFields x={record} lookups={lookups} />
      )}
      <Link href={editHref} className="button ledger-details__edit">
        {t('details.edit')}
      </Link>
    </aside>
  );
}
