import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { summaryQueries } from '@/api/resources/summary';
import { IllustrativeMarker } from '@/components/domain/Provenance';
import { QueryState } from '@/components/feedback/QueryState';
import { useDataExtent } from '@/filters/use-data-extent';
import { useFilters } from '@/filters/use-filters';
import { useI18n, type Language } from '@/i18n';
import { formatCount, formatDate, formatMoney, moneyHeadline, formatNumber } from '@/i18n/format';
import { kpisFromSummary, type Kpi } from '../lib/kpis';
import { kpiDeltas, previousPeriod, type KpiDelta } from '../lib/period';
import '../i18n';
import './kpi.css';

const UNIT_KEY: Record<Kpi['key'], string> = {
  funds: '',
  workers: 'kpi.unitPeople',
  districts: 'kpi.unitDistricts',
  activities: 'kpi.unitActivities',
  goods: 'kpi.unitItems',
};

function deltaText(
  delta: KpiDelta,
  kind: Kpi['kind'],
  lang: Language,
  t: ReturnType<typeof useI18n>['t'],
): string {
  const amount = (v: number) => (kind === 'money' ? formatMoney(v, lang) : formatNumber(v, lang));
  if (delta.change === 0) return t('delta.same');
  if (delta.ratio === null) return t('delta.fromZero', { change: amount(delta.change) });
  const ratio = `${formatNumber(Math.abs(delta.ratio) * 100, lang)}%`;
  return t(delta.change > 0 ? 'delta.up' : 'delta.down', {
    change: amount(Math.abs(delta.change)),
    ratio,
  });
}

function KpiCard({
  kpi,
  footnote,
  delta,
}: {
  kpi: Kpi;
  footnote?: string | undefined;
  delta?: KpiDelta | undefined;
}) {
  const { t, lang } = useI18n();
  const { t: to } = useI18n('overview');
  const money = kpi.kind === 'money' ? moneyHeadline(kpi.value, lang) : null;
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
      {delta && (
        <dd
          className={`kpi__delta kpi__delta--${delta.change > 0 ? 'up' : delta.change < 0 ? 'down' : 'same'}`}
          data-testid="kpi-delta"
        >
          <span aria-hidden="true">{delta.change > 0 ? '▲ ' : delta.change < 0 ? '▼ ' : '= '}</span>
          {deltaText(delta, kpi.kind, lang, to)}
        </dd>
      )}
      {footnote && <dd className="kpi__note kpi__note--muted">{footnote}</dd>}
      <dd className="kpi__hint">{t(`kpiHint.${kpi.key}`, { ns: 'overview' })}</dd>
    </div>
  );
}

/**
 * The headline figures for the current scope, each with its change over the previous period of
 * the same length (only when the scope has a start date: otherwise there is no such period).
 */
export function KpiStrip() {
  const { t, lang } = useI18n();
  const { t: to } = useI18n('overview');
  const { filters, recordFilters } = useFilters();
  const { latestDay } = useDataExtent();
  // A new scope keeps the last figures on screen (marked busy) until its own arrive: replacing
  // the cards with a spinner and back moved the page twice on every filter change.
  const query = useQuery({
    ...summaryQueries.forScope(recordFilters),
    placeholderData: keepPreviousData,
  });
  const periods = useMemo(
    () => previousPeriod(filters.from, filters.to, latestDay),
    [filters.from, filters.to, latestDay],
  );
  const previousQuery = useQuery({
    ...summaryQueries.forScope({
      ...recordFilters,
      from: periods?.previous.from,
      to: periods?.previous.to,
    }),
    enabled: periods !== null,
    placeholderData: keepPreviousData,
  });
  const updating = query.isPlaceholderData || (periods !== null && previousQuery.isPlaceholderData);
  const freshDeltas = useMemo(
    () =>
      query.data && previousQuery.data && periods && !updating
        ? kpiDeltas(kpisFromSummary(query.data), kpisFromSummary(previousQuery.data))
        : null,
    [query.data, previousQuery.data, periods, updating],
  );
  // While either period loads, the changes shown stay those of the figures shown (never this
  // scope's figures against another scope's previous period).
  const [shownDeltas, setShownDeltas] = useState(freshDeltas);
  if (!updating && shownDeltas !== freshDeltas) setShownDeltas(freshDeltas);
  const deltas = periods === null ? null : updating ? shownDeltas : freshDeltas;
  const periodNote = !periods
    ? to('delta.none')
    : previousQuery.isError
      ? to('delta.failed')
      : previousQuery.isPending
        ? to('delta.loading')
        : to('delta.period', {
            from: formatDate(periods.previous.from, lang),
            to: formatDate(periods.previous.to, lang),
            days: periods.previous.days,
          });
  return (
    <section
      className="kpi-strip"
      data-lang={lang}
      aria-label={t('kpi.region')}
      aria-busy={updating || undefined}
      data-testid="kpi-strip"
    >
      {/* Kept for the cards while they load (kpi.css): the map below stays where it is when
          they arrive. */}
      <QueryState query={query} what={t('kpi.region')} minHeight="var(--kpi-cards-height)">
        {(summary) => (
          <dl className="kpi-strip__list">
            {kpisFromSummary(summary).map((kpi) => (
              <KpiCard
                key={kpi.key}
                kpi={kpi}
                delta={deltas?.get(kpi.key)}
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
      <p className="kpi-strip__period" data-testid="kpi-period">
        {periodNote}
      </p>
    </section>
  );
}
