import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { Activity } from '@/api/contract';
import { activityQueries } from '@/api/resources/activities';
import { ProvenanceDetails } from '@/components/domain/Provenance';
import { useLookups, type Lookups } from '@/components/domain/use-lookups';
import { QueryState } from '@/components/feedback/QueryState';
import { useFilters } from '@/filters/use-filters';
import { useI18n } from '@/i18n';
import { formatCount, formatDate, formatMoney } from '@/i18n/format';
import { localName } from '@/i18n/localized';
import './recent-activities.css';

const SHOWN = 8;

function ActivityItem({ activity, lookups }: { activity: Activity; lookups: Lookups }) {
  const { t, lang } = useI18n();
  const org = lookups.organizations.get(activity.organizationId);
  const districts = activity.districtCodes
    .map((c) => lookups.districts.get(c))
    .map((d, i) => (d ? localName(d.name, lang) : activity.districtCodes[i]))
    .join(lang === 'zh-CN' ? '、' : ', ');
  const sites = activity.siteIds
    .map((id) => lookups.sites.get(id))
    .filter((s) => s !== undefined)
    .map((s) => localName(s.name, lang))
    .join(lang === 'zh-CN' ? '、' : ', ');
  return (
    <li className="activity" data-provenance={activity.provenance.kind}>
      <div className="activity__meta">
        <time dateTime={activity.date}>{formatDate(activity.date, lang)}</time>
        <span className="activity__type">{t(`activityType.${activity.type}`)}</span>
        {districts && <span className="activity__districts">{districts}</span>}
      </div>
      <p className="activity__title">
        {localName(activity.title, lang) || t('activities.untitled')}
      </p>
      <p className="activity__org">
        {org ? localName(org.name, lang) : t('activities.unknownOrganization')}
        {activity.leaders.length > 0 && (
          <>
            {' · '}
            {t('activities.leaders')}{' '}
            {activity.leaders.map((l) => l.name).join(lang === 'zh-CN' ? '、' : ', ')}
          </>
        )}
      </p>
      {sites && (
        <p className="activity__sites">
          {t('activities.sites')}: {sites}
        </p>
      )}
      <p className="activity__figures">
        {activity.workersServed && (
          <span>
            {t('activities.workers', {
              n: formatCount(activity.workersServed.value, lang, activity.workersServed.atLeast),
            })}
            {activity.workersServed.basis === 'illustrative' && (
              <span className="provenance provenance--illustrative">
                {' '}
                {t('provenance.illustrative')}
              </span>
            )}
          </span>
        )}
        {activity.cash && (
          <span>
            {t('activities.cash', { amount: formatMoney(activity.cash.yuan, lang) })}
            {activity.cash.basis === 'illustrative' && (
              <span className="provenance provenance--illustrative">
                {' '}
                {t('provenance.illustrative')}
              </span>
            )}
          </span>
        )}
        {activity.goods.length > 0 && (
          <span>
            {t('activities.goods')}:{' '}
            {activity.goods
              .map((g) => t(`goodsKind.${g.kind}`))
              .join(lang === 'zh-CN' ? '、' : ', ')}
          </span>
        )}
      </p>
      <ProvenanceDetails provenance={activity.provenance} />
    </li>
  );
}

/** The latest relief work in scope, each with where it comes from. */
export function RecentActivities() {
  const { t } = useI18n();
  const { recordFilters } = useFilters();
  // The last list stays (marked busy) until the new scope's arrives: no spinner in between.
  const query = useQuery({
    ...activityQueries.list({ ...recordFilters, limit: SHOWN, sort: '-date' }),
    placeholderData: keepPreviousData,
  });
  const lookups = useLookups();
  return (
    <section
      className="panel recent-activities"
      aria-labelledby="recent-activities-title"
      aria-busy={query.isPlaceholderData || undefined}
    >
      <h2 id="recent-activities-title" className="panel__title">
        {t('activities.recent')}
      </h2>
      <QueryState
        query={query}
        what={t('activities.recent')}
        isEmpty={(page) => page.items.length === 0}
      >
        {(page) => (
          <>
            <p className="panel__subtitle">
              {t('activities.more', { total: page.total, shown: page.items.length })}
            </p>
            <ol className="activity-list">
              {page.items.map((a) => (
                <ActivityItem key={a.id} activity={a} lookups={lookups} />
              ))}
            </ol>
          </>
        )}
      </QueryState>
    </section>
  );
}
