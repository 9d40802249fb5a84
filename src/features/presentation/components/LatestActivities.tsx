import { useQuery } from '@tanstack/react-query';
import { activityQueries } from '@/api/resources/activities';
import { ProvenanceBadge } from '@/components/domain/Provenance';
import { useLookups } from '@/components/domain/use-lookups';
import { QueryState } from '@/components/feedback/QueryState';
import { useFilters } from '@/filters/use-filters';
import { useI18n } from '@/i18n';
import { formatCount, formatDate } from '@/i18n/format';
import { localName } from '@/i18n/localized';
import '../i18n';

/** The newest relief work in large type: six items fit a 16:9 screen without scrolling. */
export function LatestActivities({ count = 6 }: { count?: number }) {
  const { t, lang } = useI18n();
  const { recordFilters } = useFilters();
  const lookups = useLookups();
  const query = useQuery(activityQueries.list({ ...recordFilters, sort: '-date', limit: count }));

  return (
    <QueryState
      query={query}
      what={t('presentation:scene.latest')}
      isEmpty={(page) => page.items.length === 0}
    >
      {(page) => (
        <ol className="present-latest">
          {page.items.map((a) => {
            const districts = a.districtCodes
              .map((code) => {
                const d = lookups.districts.get(code);
                return d ? localName(d.name, lang) : code;
              })
              .join('、');
            const org = lookups.organizations.get(a.organizationId);
            return (
              <li key={a.id} className="present-latest__item" data-provenance={a.provenance.kind}>
                <p className="present-latest__meta">
                  <span>{formatDate(a.date, lang)}</span>
                  {districts && <span>{districts}</span>}
                  <ProvenanceBadge provenance={a.provenance} />
                </p>
                <p className="present-latest__title">{localName(a.title, lang)}</p>
                <p className="present-latest__detail">
                  {org ? localName(org.name, lang) : a.organizationId}
                  {a.workersServed &&
                    ` · ${t('presentation:workersServed', {
                      n: formatCount(a.workersServed.value, lang, a.workersServed.atLeast),
                    })}`}
                </p>
              </li>
            );
          })}
        </ol>
      )}
    </QueryState>
  );
}
