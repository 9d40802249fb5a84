/** The selected district in detail: funds by source, workers, activities over time, its sites. */
import { memo, useDeferredValue, useMemo, useState } from 'react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import {
  Bar,
  BarChart,
  CartesianGrid,
  ResponsiveContainer,
  Tooltip,
  YAxis,
  type TooltipContentProps,
} from 'recharts';
import type { RecordFilters, Split, Summary } from '@/api/contract';
import { summaryQueries } from '@/api/resources/summary';
import { ChartSlot } from '@/components/charts/ChartSlot';
import { SpacedXAxis } from '@/components/charts/SpacedXAxis';
import { axisTick } from '@/components/charts/axis-text';
import { stackedBar } from '@/components/charts/stacked-bar';
import { useRootFontSize } from '@/components/charts/use-root-font-size';
import { IllustrativeMarker } from '@/components/domain/Provenance';
import { PARTS, partsTotal, timeline } from '@/lib/timeline';
import type { Lookups } from '@/components/domain/use-lookups';
import { QueryState } from '@/components/feedback/QueryState';
import { useI18n } from '@/i18n';
import { formatDate, formatMoney, formatNumber } from '@/i18n/format';
import { localName } from '@/i18n/localized';
import { widestLabel } from '@/lib/label-spacing';
import { provenanceColors } from '@/lib/palette';
import { splitTotal } from '../lib/measure';
import type { PlacedSite, UnplacedSite } from '../lib/placement';

interface Props {
  code: string;
  name: string;
  filters: RecordFilters;
  lookups: Lookups;
  sites: readonly PlacedSite[];
  unplaced: readonly UnplacedSite[];
  onShowSite: (site: PlacedSite) => void;
  onClear: () => void;
}

function Figure({ label, value, split }: { label: string; value: string; split: Split }) {
  const { t } = useI18n('map');
  return (
    <div className="relief-map__figure">
      <dt>{label}</dt>
      <dd className="relief-map__figure-value">{value}</dd>
      {split.illustrative > 0 && (
        <dd>
          <IllustrativeMarker label={t('includesIllustrative')} />
        </dd>
      )}
    </div>
  );
}

/**
 * Sites listed before "show all", the most active first: a district can hold hundreds of sites
 * (5,000 in the benchmark's dataset), too many to read through in a side panel.
 */
const SITE_LIST_SHORT = 20;

/** The district a panel is about, as the map chose it. */
type PanelDistrict = Pick<Props, 'code' | 'name' | 'filters' | 'sites' | 'unplaced'>;

interface AnsweredDistrict {
  district: PanelDistrict;
  /** Its figures; undefined while its first figures load, or when they failed. */
  summary: Summary | undefined;
}

/**
 * The district the panel shows, together with its own figures. While another district's (or
 * another scope's) figures load, the panel keeps the previous answer whole (its name, figures,
 * chart and sites), marked busy: never one district's figures under another's name. It also
 * lets the chart be updated in place rather than drawn anew, the costliest part of a change.
 */
function useAnsweredDistrict(
  current: PanelDistrict,
  query: { data: Summary | undefined; isPlaceholderData: boolean },
): AnsweredDistrict {
  const [kept, setKept] = useState<AnsweredDistrict | undefined>(undefined);
  const unanswered = useMemo(() => ({ district: current, summary: undefined }), [current]);
  const summary = query.data;
  if (summary === undefined) return unanswered;
  if (query.isPlaceholderData && kept) return kept;
  if (kept?.summary === summary && kept.district === current) return kept;
  const next = { district: current, summary };
  setKept(next);
  return next;
}

export function DistrictPanel({
  code,
  name,
  filters,
  lookups,
  sites,
  unplaced,
  onShowSite,
  onClear,
}: Props) {
  const { t, lang } = useI18n('map');
  const query = useQuery({
    ...summaryQueries.forScope(filters),
    placeholderData: keepPreviousData,
  });
  const current = useMemo(
    () => ({ code, name, filters, sites, unplaced }),
    [code, name, filters, sites, unplaced],
  );
  const answered = useAnsweredDistrict(current, query);
  // A new answer is drawn in a background render that gives way to input: redrawing the chart is
  // the heaviest part of choosing a district, and should not hold the page in one long task.
  const shown = useDeferredValue(answered);
  const district = shown.district;
  const busy = query.isPlaceholderData || shown !== answered;
  const titleId = `relief-map-panel-${district.code}`;
  // The district whose whole site list was asked for; another district starts short again.
  const [allSitesOf, setAllSitesOf] = useState<string | null>(null);
  const ranked = [...district.sites].sort((a, b) => b.row.activities - a.row.activities);
  const listedSites = allSitesOf === district.code ? ranked : ranked.slice(0, SITE_LIST_SHORT);
  return (
    <section
      className="relief-map__panel"
      aria-labelledby={titleId}
      aria-busy={busy || undefined}
      data-testid="district-panel"
    >
      <div className="relief-map__panel-head">
        <h3 id={titleId} className="relief-map__panel-title">
          {t('panel.title', { name: district.name })}
        </h3>
        {/* Always there, so that screen readers announce what it says; in the title's row, so
            that the panel does not jump while the next district loads. */}
        <p className="relief-map__muted relief-map__panel-status" role="status">
          {district.code !== code ? t('panel.loadingOther', { name }) : ''}
        </p>
        <button type="button" className="button button--ghost" onClick={onClear}>
          {t('clear')}
          {t('clearHint')}
        </button>
      </div>
      <QueryState query={query} what={t('panel.title', { name })} minHeight="8rem">
        {() => {
          // The shown answer lags the query's by one background render.
          const summary = shown.summary;
          if (!summary) return null;
          const totals = summary.totals;
          const sources = summary.bySource
            .map((s) => ({ ...s, total: splitTotal(s.fundsYuan) }))
            .sort((a, b) => b.total - a.total || b.allocations - a.allocations);
          return (
            <div className="relief-map__panel-body">
              <dl className="relief-map__figures">
                <Figure
                  label={t('panel.funds')}
                  value={formatMoney(splitTotal(totals.fundsYuan), lang)}
                  split={totals.fundsYuan}
                />
                <Figure
                  label={t('panel.workers')}
                  value={`${formatNumber(splitTotal(totals.workersServed), lang)} ${t('panel.unitPeople')}`.trim()}
                  split={totals.workersServed}
                />
                <Figure
                  label={t('panel.activities')}
                  value={`${formatNumber(splitTotal(totals.activities), lang)} ${t('panel.unitActivities')}`.trim()}
                  split={totals.activities}
                />
              </dl>
              {totals.fundAllocationsWithoutAmount > 0 && (
                <p className="relief-map__muted">
                  {t('panel.withoutAmount', { count: totals.fundAllocationsWithoutAmount })}
                </p>
              )}

              <div className="relief-map__panel-columns">
                <section aria-labelledby={`${titleId}-sources`}>
                  <h4 id={`${titleId}-sources`}>{t('panel.bySource')}</h4>
                  {sources.length === 0 ? (
                    <p className="relief-map__muted">{t('panel.noFunds')}</p>
                  ) : (
                    <ul className="relief-map__sources">
                      {sources.map((s) => {
                        const org = lookups.organizations.get(s.organizationId);
                        return (
                          <li key={s.organizationId}>
                            <span className="relief-map__source-name">
                              {org ? localName(org.name, lang) : s.organizationId}
                            </span>
                            <span className="relief-map__source-value">
                              {s.total > 0
                                ? formatMoney(s.total, lang)
                                : t('panel.allocations', { count: s.allocations })}
                              {s.fundsYuan.illustrative > 0 && (
                                <>
                                  {' '}
                                  <IllustrativeMarker label={t('illustrativeShort')} />
                                </>
                              )}
                            </span>
                          </li>
                        );
                      })}
                    </ul>
                  )}
                </section>

                <section aria-labelledby={`${titleId}-time`}>
                  <h4 id={`${titleId}-time`}>{t('panel.overTime')}</h4>
                  <DistrictOverTime
                    byDay={summary.byDay}
                    from={district.filters.from}
                    to={district.filters.to}
                    name={district.name}
                  />
                </section>

                <section aria-labelledby={`${titleId}-sites`}>
                  <h4 id={`${titleId}-sites`}>{t('panel.sites')}</h4>
                  {district.sites.length + district.unplaced.length === 0 ? (
                    <p className="relief-map__muted">{t('panel.noSites')}</p>
                  ) : (
                    <ul className="relief-map__site-list">
                      {listedSites.map((s) => (
                        <li key={s.site.id}>
                          <button
                            type="button"
                            className="relief-map__site-button"
                            onClick={() => onShowSite(s)}
                          >
                            <span>{localName(s.site.name, lang)}</span>
                            <span className="relief-map__muted">
                              {t('site.showOnMap')} · {formatNumber(s.row.activities, lang)}
                            </span>
                          </button>
                        </li>
                      ))}
                      {listedSites.length < district.sites.length && (
                        <li>
                          <button
                            type="button"
                            className="button button--ghost"
                            onClick={() => setAllSitesOf(district.code)}
                          >
                            {t('panel.allSites', { count: district.sites.length })}
                          </button>
                        </li>
                      )}
                      {district.unplaced.map((u) => (
                        <li key={u.row.siteId} className="relief-map__muted">
                          {u.site ? localName(u.site.name, lang) : u.row.siteId} —{' '}
                          {t(`unplacedReason.${u.reason}`)}
                        </li>
                      ))}
                    </ul>
                  )}
                </section>
              </div>
            </div>
          );
        }}
      </QueryState>
    </section>
  );
}

const PANEL_BAR = stackedBar({
  parts: PARTS,
  along: 'y',
  paint: (part) => ({ fill: provenanceColors[part] }),
});

interface PanelPoint extends Record<(typeof PARTS)[number], number> {
  label: string;
  /** The whole bucket: a day, or a week as "7月31日至8月6日". */
  range: string;
}

/**
 * A bar's tooltip, as compact as the overview's: the bucket, its activities and only the parts
 * it has, in the legend's order. (Recharts' default listed every part, zeros too, in large type
 * over most of this small chart.)
 */
function PanelTooltip({ active, payload }: Partial<TooltipContentProps>) {
  const { t } = useI18n('map');
  const point = payload?.[0]?.payload as PanelPoint | undefined;
  if (!active || !point) return null;
  const total = partsTotal(point);
  return (
    <div className="chart-tooltip">
      <p className="chart-tooltip__name">{point.range}</p>
      <p>{t('panel.tooltipActivities', { count: total })}</p>
      {PARTS.filter((p) => point[p] > 0 && point[p] < total).map((p) => (
        <p key={p} className="chart-tooltip__part">
          {t('panel.tooltipOfWhich', {
            part: t(`provenance.${p}`, { ns: 'common' }),
            count: point[p],
          })}
        </p>
      ))}
      {total > 0 && PARTS.every((p) => point[p] === 0 || point[p] === total) && (
        <p className="chart-tooltip__part">
          {t(`provenance.${PARTS.find((p) => point[p] > 0)!}`, { ns: 'common' })}
        </p>
      )}
    </div>
  );
}

/**
 * Activities in the district over time, by provenance; memoised, as it is drawn in the
 * background. The same continuous days as the overview's chart (empty days included, so the
 * axis is time), summed by week over long ranges: over a hundred days of bars in a side panel
 * are neither readable nor cheap to redraw on every district change.
 */
const DistrictOverTime = memo(function DistrictOverTime({
  byDay,
  from,
  to,
  name,
}: {
  byDay: Summary['byDay'];
  from: string | undefined;
  to: string | undefined;
  name: string;
}) {
  const { t, lang } = useI18n('map');
  // Axis text follows the root font size, which theme.css raises on large screens.
  const rem = useRootFontSize();
  const fontSize = Math.round(rem * 0.7);
  const days = byDay.filter((d) => splitTotal(d.activities) > 0);
  const { granularity, buckets } = useMemo(() => timeline(byDay, { from, to }), [byDay, from, to]);
  // Stable props for Recharts' memoised parts, which re-send changed settings to the chart's
  // store and compute it again (see the overview's CategoryBars).
  const tick = useMemo(() => axisTick(fontSize), [fontSize]);
  const chartData = buckets.map((b): PanelPoint => ({
    label: formatDate(b.start, lang, false),
    range:
      b.start === b.end
        ? formatDate(b.start, lang)
        : t('panel.bucketRange', {
            start: formatDate(b.start, lang),
            end: formatDate(b.end, lang),
          }),
    reported: b.activities.reported,
    entered: b.activities.entered,
    illustrative: b.activities.illustrative,
  }));
  // A date under the last bar is centred on it: leave room for its right half, or it is cut.
  const labels = chartData.map((d) => d.label);
  const halfLabel = Math.ceil(widestLabel(labels, fontSize) / 2);
  const margin = useMemo(
    () => ({ top: 4, right: Math.max(4, halfLabel), bottom: 0, left: 0 }),
    [halfLabel],
  );
  return days.length === 0 ? (
    <p className="relief-map__muted">{t('panel.noActivities')}</p>
  ) : (
    <>
      <p className="relief-map__muted">
        {t('panel.overTimeSummary', {
          days: days.length,
          first: formatDate(days[0]!.date, lang),
          last: formatDate(days[days.length - 1]!.date, lang),
        })}
      </p>
      <div
        className="relief-map__chart"
        role="img"
        aria-label={t('panel.chartLabel', {
          name,
          granularity: t(`granularity.${granularity}`, { ns: 'common' }),
        })}
      >
        {/* Drawn when it nears the screen, like the overview's charts: the panel opens below the
            map, and a district chosen on the map should not wait for a chart out of sight. */}
        {/* The stylesheet sizes the chart's box (.relief-map__chart); the slot fills it. */}
        <ChartSlot height="100%">
          <ResponsiveContainer
            width="100%"
            height="100%"
            initialDimension={{ width: 320, height: 144 }}
          >
            <BarChart data={chartData} margin={margin}>
              <CartesianGrid strokeDasharray="3 3" vertical={false} />
              <SpacedXAxis labels={labels} fontSize={fontSize} gap={rem * 0.75} />
              <YAxis allowDecimals={false} tick={tick} interval={0} width={rem * 2.5} />
              <Tooltip content={PanelTooltip} isAnimationActive={false} />
              {/* Not animated, like the overview's charts: the animation redrew every bar
                each frame, over 100 ms of a district change. */}
              <Bar dataKey={partsTotal} shape={PANEL_BAR} isAnimationActive={false} />
            </BarChart>
          </ResponsiveContainer>
        </ChartSlot>
      </div>
      {/* In HTML, not Recharts' legend: that one is measured after drawing, and the chart is
          then computed and drawn a second time. */}
      <ul className="relief-map__chart-legend">
        {PARTS.map((p) => (
          <li key={p}>
            <span
              className="relief-map__chart-swatch"
              style={{ background: provenanceColors[p] }}
              aria-hidden="true"
            />
            {t(`provenance.${p}`, { ns: 'common' })}
          </li>
        ))}
      </ul>
    </>
  );
});
