import { useQuery } from '@tanstack/react-query';
import { summaryQueries } from '@/api/resources/summary';
import { IllustrativeMarker } from '@/components/domain/Provenance';
import { QueryState } from '@/components/feedback/QueryState';
import { useFilters } from '@/filters/use-filters';
import { useI18n } from '@/i18n';
import { formatCount, formatMoney, moneyParts, formatNumber } from '@/i18n/format';
import { kpisFromSummary, type Kpi } from '../lib/kpis';
import '../i18n';
import './kpi.css';

const UNIT_KEY: Record<Kpi['key'], string> = {
  funds: '',
  workers: 'kpi.unitPeople',
  districts: 'kpi.unitDistricts',
  activities: 'kpi.unitActivities',
  goods: 'kpi.unitItems',
};

function KpiCard({ kpi, footnote }: { kpi: Kpi; footnote?: string | undefined }) {
  const { t, lang } = useI18n();
  const money = kpi.kind === 'money' ? moneyParts(kpi.value, lang) : null;
  const value = money ? money.value : formatCount(kpi.value, lang);
  const unit = money ? money.unit : t(UNIT_KEY[kpi.key]);
  const illustrativeText =
    kpi.illustrative <= 0
      ? null
      : kpi.illustrative >= kpi.value
        ? t('kpi.allIllustrative')
        : t('kpi.includesIllustrative', {
            value:
              kpi.kind === 'money'
                ? formatMoney(kpi.illustrative, lang)
                : formatNumber(kpi.illustrative, lang),
          });
  return (
    <div className="kpi" data-kpi={kpi.key}>
      <dt className="kpi__label">{t(`kpi.${kpi.key}`)}</dt>
      <dd className="kpi__figure">
        {money && lang === 'en' && <span className="kpi__unit kpi__unit--before">{unit} </span>}
        <span className="kpi__value">{value}</span>
        {!(money && lang === 'en') && <span className="kpi__unit"> {unit}</span>}
      </dd>
      {illustrativeText && (
        <dd className="kpi__note">
          <IllustrativeMarker label={illustrativeText} />
        </dd>
      )}
      {footnote && <dd className="kpi__note kpi__note--muted">{footnote}</dd>}
      <dd className="kpi__hint">{t(`kpiHint.${kpi.key}`, { ns: 'overview' })}</dd>
    </div>
  );
}

/** The headline figures for the current scope. */
export function KpiStrip() {
  const { t } = useI18n();
  const { recordFilters } = useFilters();
  const query = useQuery(summaryQueries.forScope(recordFilters));
  return (
    <section className="kpi-strip" aria-label={t('kpi.region')} data-testid="kpi-strip">
      <QueryState query={query} what={t('kpi.region')} minHeight="7rem">
        {(summary) => (
          <dl className="kpi-strip__list">
            {kpisFromSummary(summary).map((kpi) => (
              <KpiCard
                key={kpi.key}
                kpi={kpi}
                footnote={
                  kpi.key === 'funds' && summary.totals.fundAllocationsWithoutAmount > 0
                    ? t('kpi.withoutAmount', { count: summary.totals.fundAllocationsWithoutAmount })
                    : undefined
                }
              />
            ))}
          </dl>
        )}
      </QueryState>
    </section>
  );
}
