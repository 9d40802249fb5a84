import { useQuery } from '@tanstack/react-query';
import type { RecordFilters, SiteDetailRow } from '@/api/contract';
import { siteQueries } from '@/api/resources/sites';
import { IllustrativeMarker, ProvenanceBadge } from '@/components/domain/Provenance';
import type { Lookups } from '@/components/domain/use-lookups';
import { QueryState } from '@/components/feedback/QueryState';
import { useI18n } from '@/i18n';
import { formatDate, formatNumber } from '@/i18n/format';
import { localName } from '@/i18n/localized';
import type { PlacedSite } from '../lib/placement';
import { splitTotal } from '../lib/measure';

/**
 * What a site's popup says, as React text (names come from users: never HTML strings). The
 * site record is at hand; what happened there in the scope is asked for when the popup opens.
 */
export function SiteDetails({
  placed,
  lookups,
  filters,
}: {
  placed: PlacedSite;
  lookups: Lookups;
  filters: RecordFilters;
}) {
  const { t, lang } = useI18n('map');
  const tc = useI18n().t;
  const { site } = placed;
  const detail = useQuery(siteQueries.detail(site.id, filters));
  const district = lookups.districts.get(site.districtCode);
  const precision = site.location?.precision ?? 'approximate';
  return (
    <div className="relief-map__popup" data-testid="site-popup">
      <p className="relief-map__popup-title">{localName(site.name, lang)}</p>
      <dl>
        <dt>{t('site.kind')}</dt>
        <dd>{tc(`siteKind.${site.kind}`, { defaultValue: site.kind })}</dd>
        <dt>{t('site.district')}</dt>
        <dd>{district ? localName(district.name, lang) : site.districtCode}</dd>
      </dl>
      <QueryState query={detail} what={t('site.details')} isEmpty={(d) => d.site === null}>
        {(d) => d.site && <SiteActivity row={d.site} lookups={lookups} />}
      </QueryState>
      <p className={`relief-map__precision relief-map__precision--${precision}`}>
        {t(`site.precision.${precision}`)}
      </p>
      <ProvenanceBadge provenance={site.provenance} />
    </div>
  );
}

function SiteActivity({ row, lookups }: { row: SiteDetailRow; lookups: Lookups }) {
  const { t, lang } = useI18n('map');
  const tc = useI18n().t;
  const dates =
    row.firstDate === row.lastDate
      ? formatDate(row.firstDate, lang)
      : `${formatDate(row.firstDate, lang)} – ${formatDate(row.lastDate, lang)}`;
  return (
    <dl>
      <dt>{t('site.dates')}</dt>
      <dd>{dates}</dd>
      <dt>{t('site.activities')}</dt>
      <dd>
        {formatNumber(row.activities, lang)} ·{' '}
        {row.types.map((type) => tc(`activityType.${type}`, { defaultValue: type })).join('、')}
      </dd>
      <dt>{t('site.workers')}</dt>
      <dd>
        {formatNumber(splitTotal(row.workersServed), lang)}
        {row.workersServed.illustrative > 0 && (
          <>
            {' '}
            <IllustrativeMarker label={t('includesIllustrative')} />
          </>
        )}
      </dd>
      <dt>{t('site.organizations')}</dt>
      <dd>
        {row.organizationIds
          .map((id) => {
            const o = lookups.organizations.get(id);
            return o ? localName(o.name, lang) : id;
          })
          .join('；')}
      </dd>
    </dl>
  );
}
