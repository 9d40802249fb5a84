import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { memo, useDeferredValue, useEffect, useMemo, useState } from 'react';
import { useLocation, useSearch } from 'wouter';
import { goodsKindSchema, type Summary } from '@/api/contract';
import { summaryQueries } from '@/api/resources/summary';
import { useLookups, type Lookups } from '@/components/domain/use-lookups';
import { QueryState } from '@/components/feedback/QueryState';
import { WidgetBoundary } from '@/components/feedback/WidgetBoundary';
import { FILTER_CHANGE_MARK } from '@/filters/FilterBar';
import { ledgerHref, type LedgerView } from '@/filters/links';
import { useFilters } from '@/filters/use-filters';
import type { ViewFilters } from '@/filters/url-filters';
import { useI18n, type Language } from '@/i18n';
import { formatDate, formatMoney, formatNumber } from '@/i18n/format';
import { localName } from '@/i18n/localized';
import { NEUTRAL_COLOR } from '@/lib/palette';
import { CHARTS_NS } from '../i18n';
import {
  activitiesByType,
  fundsByDistrict,
  fundsBySource,
  goodsByKind,
  hasIllustrative,
  workersByDistrict,
  type CategoryRow,
  type Names,
} from '../lib/series';
import { partsTotal, timeline, type Timeline } from '@/lib/timeline';
import { ChartCard, type TableColumn, type TableLink } from './ChartCard';
import { ChartSlot } from '@/components/charts/ChartSlot';
import { LazyCategoryBars, LazyTimeChart, preloadChartsSoon } from './lazy-charts';
import {
  categoryBarsHeight,
  categoryBarsMinHeight,
  PartsLegend,
  TimeLegend,
  timeChartHeight,
  type ValueKind,
} from './parts';
import type { TimePoint } from './TimeChart';
import { useRootFontSize } from '@/components/charts/use-root-font-size';
import { useStableCallback } from './use-stable-callback';
import '../charts.css';

type Translate = ReturnType<typeof useI18n>['t'];

interface Ctx {
  /** Draw charts at once, on screen or not (presentation scenes). */
  eager: boolean;
  /** Bar charts give up height to fit a screen of fixed height (presentation scenes). */
  fit: boolean;
  t: Translate;
  lang: Language;
  filters: ViewFilters;
  search: string;
  navigate: (to: string) => void;
}

function namesFrom(lookups: Lookups, lang: Language, tc: Translate): Names {
  return {
    district: (code) => {
      const d = lookups.districts.get(code);
      if (d) return localName(d.name, lang);
      return lookups.ready ? undefined : code;
    },
    organization: (id) => {
      const o = lookups.organizations.get(id);
      if (o) return localName(o.name, lang);
      return lookups.ready ? undefined : id;
    },
    type: (type) => tc(`activityType.${type}`, { defaultValue: type }),
    goods: (kind) => tc(`goodsKind.${kind}`, { defaultValue: kind }),
  };
}

function formatValue(kind: ValueKind, v: number, lang: Language): string {
  return kind === 'money' ? formatMoney(v, lang) : formatNumber(v, lang);
}

function describeCategory(rows: readonly CategoryRow[], kind: ValueKind, ctx: Ctx): string {
  const top = rows.reduce<CategoryRow | undefined>(
    (best, r) => (!best || r.total > best.total ? r : best),
    undefined,
  );
  if (!top || top.total <= 0) return ctx.t('describe.empty');
  const total = rows.reduce((s, r) => s + r.total, 0);
  return ctx.t('describe.category', {
    count: rows.length,
    total: formatValue(kind, total, ctx.lang),
    top: top.label,
    topValue: formatValue(kind, top.total, ctx.lang),
  });
}

function categoryColumns(
  kind: ValueKind,
  ctx: Ctx,
  extra: TableColumn<CategoryRow>[] = [],
): TableColumn<CategoryRow>[] {
  const { t, lang } = ctx;
  const value = (v: number) => formatValue(kind, v, lang);
  return [
    {
      key: 'name',
      header: t('table.name'),
      cell: (r) => (
        <span className="chart-table__label" title={r.label.length > 80 ? r.label : undefined}>
          <span className="chart-swatch" style={{ background: r.color }} aria-hidden="true" />
          {r.label}
        </span>
      ),
      csv: (r) => r.label,
    },
    {
      key: 'total',
      header: t('table.total'),
      numeric: true,
      cell: (r) => value(r.total),
      csv: (r) => r.total,
    },
    {
      key: 'reported',
      header: t('table.reported'),
      numeric: true,
      cell: (r) => value(r.reported),
      csv: (r) => r.reported,
    },
    {
      key: 'entered',
      header: t('table.entered'),
      numeric: true,
      cell: (r) => value(r.entered),
      csv: (r) => r.entered,
    },
    {
      key: 'illustrative',
      header: t('table.illustrative'),
      numeric: true,
      cell: (r) => value(r.illustrative),
      csv: (r) => r.illustrative,
    },
    ...extra,
  ];
}

/** A table column with one of a chart row's extra figures (allocations, workers, quantity). */
function extraCount(key: string, header: string, lang: Language): TableColumn<CategoryRow> {
  return {
    key,
    header,
    numeric: true,
    cell: (r) => formatNumber(r.extra[key] ?? 0, lang),
    csv: (r) => r.extra[key] ?? 0,
  };
}

function rowHref(row: CategoryRow, view: LedgerView, ctx: Ctx, chartId?: string): string | null {
  if (!row.narrow) return null;
  // A goods bar opens the activities that delivered that kind.
  const goodsKind = chartId === 'goodsByKind' ? goodsKindSchema.safeParse(row.key).data : undefined;
  return ledgerHref(ctx.filters, { view, narrow: row.narrow, search: ctx.search, goodsKind });
}

interface CategoryChartProps {
  chartId: CategoryChartId;
  rows: CategoryRow[];
  kind: ValueKind;
  unit: string;
  axisLabel: string;
  view: LedgerView;
  ctx: Ctx;
  notes?: string[];
  /** Rows of the data table and CSV when they differ from the bars (no "others" folding). */
  tableRows?: CategoryRow[];
  emptyOverride?: string | null;
  extraColumns?: TableColumn<CategoryRow>[];
}

type CategoryChartId =
  'fundsBySource' | 'fundsByDistrict' | 'workersByDistrict' | 'goodsByKind' | 'activitiesByType';

function CategoryChart({
  chartId,
  rows,
  kind,
  unit,
  axisLabel,
  view,
  ctx,
  notes,
  tableRows = rows,
  emptyOverride,
  extraColumns,
}: CategoryChartProps) {
  const { t } = ctx;
  const rem = useRootFontSize();
  const title = t(`titles.${chartId}`);
  const description = describeCategory(rows, kind, ctx);
  const drawn = rows.filter((r) => r.total > 0);
  const onSelect = useStableCallback((r: CategoryRow) => {
    const href = rowHref(r, view, ctx, chartId);
    if (href) ctx.navigate(href);
  });
  const anyValue = rows.some((r) => r.total > 0);
  const empty = anyValue ? null : (emptyOverride ?? t('empty'));
  return (
    <ChartCard
      chartId={chartId}
      title={title}
      unit={unit}
      description={description}
      includesIllustrative={hasIllustrative(rows)}
      empty={empty}
      notes={notes}
      legend={<PartsLegend color={NEUTRAL_COLOR} />}
      rows={tableRows}
      rowKey={(r) => r.key}
      columns={categoryColumns(kind, ctx, extraColumns)}
      rowLinks={(r) => {
        const href = rowHref(r, view, ctx, chartId);
        return href
          ? [{ href, label: t('openLedger', { name: r.label }), text: t('openLedgerShort') }]
          : [];
      }}
      fileBase={t(`file.${chartId}`)}
    >
      <ChartSlot
        height={categoryBarsHeight(drawn.length, rem)}
        shrinkTo={ctx.fit ? categoryBarsMinHeight(drawn.length, rem) : undefined}
        eager={ctx.eager}
      >
        <LazyCategoryBars
          rows={drawn}
          kind={kind}
          axisLabel={axisLabel}
          title={title}
          description={description}
          onSelect={onSelect}
          fillSlot={ctx.fit}
        />
      </ChartSlot>
    </ChartCard>
  );
}

function bucketLabel(start: string, end: string, lang: Language, t: Translate): string {
  if (start === end) return formatDate(start, lang, false);
  return t('weekOf', { start: formatDate(start, lang, false), end: formatDate(end, lang, false) });
}

function timePoints(tl: Timeline, ctx: Pick<Ctx, 'lang' | 't'>): TimePoint[] {
  return tl.buckets.map((b) => ({
    key: b.start,
    label: bucketLabel(b.start, b.end, ctx.lang, ctx.t),
    bucket: b,
    reported: b.activities.reported,
    entered: b.activities.entered,
    illustrative: b.activities.illustrative,
    funds: partsTotal(b.funds),
  }));
}

function OverTimeChart({ tl, ctx }: { tl: Timeline; ctx: Ctx }) {
  const { t, lang } = ctx;
  const rem = useRootFontSize();
  // Only the language matters here: a new filter scope must not rebuild points (and redraw).
  const { lang: pointsLang, t: pointsT } = ctx;
  const points = useMemo(
    () => timePoints(tl, { lang: pointsLang, t: pointsT }),
    [tl, pointsLang, pointsT],
  );
  const title = t('titles.overTime');
  const activities = points.reduce((s, p) => s + partsTotal(p), 0);
  const funds = points.reduce((s, p) => s + p.funds, 0);
  const first = tl.buckets[0];
  const last = tl.buckets.at(-1);
  const peak = points.reduce<TimePoint | undefined>(
    (best, p) => (!best || partsTotal(p) > partsTotal(best) ? p : best),
    undefined,
  );
  const empty = activities === 0 && funds === 0;
  const fundsIllustrative = tl.buckets.some((b) => b.funds.illustrative > 0);
  const description =
    empty || !first || !last || !peak
      ? t('describe.empty')
      : t('describe.overTime', {
          start: formatDate(first.start, lang),
          end: formatDate(last.end, lang),
          granularity: t(`granularity.${tl.granularity}`, { ns: 'common' }),
          activities: formatNumber(activities, lang),
          funds: formatMoney(funds, lang),
          unit: t(`granularityUnit.${tl.granularity}`),
          peak: peak.label,
          peakCount: formatNumber(partsTotal(peak), lang),
        });
  const periodHref = (p: TimePoint, view: LedgerView) =>
    ledgerHref(ctx.filters, {
      view,
      narrow: { from: p.bucket.start, to: p.bucket.end },
      search: ctx.search,
    });
  const onSelect = useStableCallback((p: TimePoint) => ctx.navigate(periodHref(p, 'activities')));
  const columns: TableColumn<TimePoint>[] = [
    {
      key: 'period',
      header: t('table.period'),
      cell: (p) => p.label,
      csv: (p) =>
        p.bucket.start === p.bucket.end ? p.bucket.start : `${p.bucket.start}/${p.bucket.end}`,
    },
    {
      key: 'activities',
      header: t('table.activities'),
      numeric: true,
      cell: (p) => formatNumber(partsTotal(p), lang),
      csv: (p) => partsTotal(p),
    },
    {
      key: 'activitiesIllustrative',
      header: t('table.activitiesIllustrative'),
      numeric: true,
      cell: (p) => formatNumber(p.illustrative, lang),
      csv: (p) => p.illustrative,
    },
    {
      key: 'funds',
      header: t('table.funds'),
      numeric: true,
      cell: (p) => formatMoney(p.funds, lang),
      csv: (p) => p.funds,
    },
    {
      key: 'fundsIllustrative',
      header: t('table.fundsIllustrative'),
      numeric: true,
      cell: (p) => formatMoney(p.bucket.funds.illustrative, lang),
      csv: (p) => p.bucket.funds.illustrative,
    },
  ];
  return (
    <ChartCard
      chartId="overTime"
      title={title}
      unit={`${t(`granularity.${tl.granularity}`, { ns: 'common' })} · ${t('units.overTime')}`}
      description={description}
      includesIllustrative={tl.buckets.some(
        (b) => b.activities.illustrative > 0 || b.funds.illustrative > 0,
      )}
      empty={empty ? t('empty') : null}
      legend={<TimeLegend fundsIllustrative={fundsIllustrative} />}
      rows={points}
      rowKey={(p) => p.key}
      columns={columns}
      rowLinks={(p): TableLink[] => [
        {
          href: periodHref(p, 'activities'),
          label: `${t('table.activityRecords')}: ${p.label}`,
          text: t('table.activityRecords'),
        },
        {
          href: periodHref(p, 'funds'),
          label: `${t('table.fundRecords')}: ${p.label}`,
          text: t('table.fundRecords'),
        },
      ]}
      fileBase={t('file.overTime')}
    >
      <ChartSlot height={timeChartHeight(rem)} eager={ctx.eager}>
        <LazyTimeChart
          points={points}
          granularity={tl.granularity}
          title={title}
          description={description}
          fundsIllustrative={fundsIllustrative}
          onSelect={onSelect}
        />
      </ChartSlot>
    </ChartCard>
  );
}

/** Every chart's data from one summary: computed once per summary and language. */
function useChartData(summary: Summary | undefined, filters: ViewFilters) {
  const { lang } = useI18n();
  const { t } = useI18n(CHARTS_NS);
  const { t: tc } = useI18n();
  const lookups = useLookups();
  // The timeline depends on the date range only; other filter changes keep its identity.
  const { from, to } = filters;
  const byDay = summary?.byDay;
  const tl = useMemo(() => (byDay ? timeline(byDay, { from, to }) : null), [byDay, from, to]);
  return useMemo(() => {
    if (!summary || !tl) return null;
    const names = namesFrom(lookups, lang, tc);
    const sources = fundsBySource(summary, names, '');
    const allSources = fundsBySource(summary, names, '', Number.POSITIVE_INFINITY);
    const others = sources.find((r) => r.key === '__others__');
    if (others) others.label = t('others', { count: others.extra.members ?? 0 });
    return {
      fundsBySource: sources,
      fundsBySourceAll: allSources,
      fundsByDistrict: fundsByDistrict(summary, names),
      workersByDistrict: workersByDistrict(summary, names),
      activitiesByType: activitiesByType(summary, names),
      goodsByKind: goodsByKind(summary, names),
      timeline: tl,
      withoutAmount: summary.totals.fundAllocationsWithoutAmount,
    };
  }, [summary, tl, lookups, lang, t, tc]);
}

/**
 * The analysis charts for the current scope, from one summary request. Each chart is its own
 * grid item (they sit in the overview grid after the map) and its own error boundary.
 */
export type ChartId =
  | 'fundsByDistrict'
  | 'fundsBySource'
  | 'workersByDistrict'
  | 'overTime'
  | 'activitiesByType'
  | 'goodsByKind';

interface AnsweredScope {
  summary: Summary;
  filters: ViewFilters;
  search: string;
}

/**
 * The latest summary together with the filters it answers. While a new scope loads, the charts
 * keep the previous summary (placeholder data): its filters stay with it, so that the charts
 * are redrawn once, when the answer arrives, and never show one scope's figures over another
 * scope's date axis or links.
 */
function useAnsweredScope(
  query: { data: Summary | undefined; isPlaceholderData: boolean },
  filters: ViewFilters,
  search: string,
): AnsweredScope | undefined {
  const [kept, setKept] = useState<AnsweredScope | undefined>(undefined);
  const summary = query.data;
  if (summary === undefined) return kept;
  if (query.isPlaceholderData && kept) return kept;
  if (kept?.summary !== summary || kept.filters !== filters || kept.search !== search) {
    const next = { summary, filters, search };
    setKept(next);
    return next;
  }
  return kept;
}

/**
 * `only` picks charts for a screen that shows a few at a time, and `eager` draws them at once
 * (presentation mode); otherwise a chart is drawn when it nears the screen. `fit`: the screen
 * does not scroll (presentation mode), so a bar chart with many bars gives up height to fit it.
 */
export function ChartsSection({
  only,
  eager = false,
  fit = false,
}: { only?: readonly ChartId[]; eager?: boolean; fit?: boolean } = {}) {
  const { t } = useI18n(CHARTS_NS);
  const { filters, recordFilters } = useFilters();
  const search = useSearch();
  const query = useQuery({
    ...summaryQueries.forScope(recordFilters),
    placeholderData: keepPreviousData,
  });
  // A new scope's charts are drawn in a background render that gives way to input between
  // charts: the filter bar answers at once, and no single long task holds the page while the
  // charts on screen redraw (over 100 ms at 100,000 activities).
  const answered = useDeferredValue(useAnsweredScope(query, filters, search));
  const summary = answered?.summary;
  useEffect(() => preloadChartsSoon(eager ? 0 : undefined), [eager]);
  const updating = query.isPlaceholderData || summary !== query.data;

  // Time from a filter change to the charts being painted (read by the benchmark).
  useEffect(() => {
    if (!summary || updating) return;
    if (performance.getEntriesByName(FILTER_CHANGE_MARK, 'mark').length === 0) return;
    const frame = requestAnimationFrame(() =>
      setTimeout(() => {
        if (performance.getEntriesByName(FILTER_CHANGE_MARK, 'mark').length === 0) return;
        performance.measure('charts:render', FILTER_CHANGE_MARK);
        performance.clearMarks(FILTER_CHANGE_MARK);
      }, 0),
    );
    return () => cancelAnimationFrame(frame);
  }, [summary, updating]);

  if (!summary) {
    return (
      <section className="panel chart-card" aria-label={t('region')}>
        <QueryState query={query} what={t('region')} minHeight="16rem">
          {() => null}
        </QueryState>
      </section>
    );
  }
  return (
    <div className="charts" aria-busy={updating || undefined}>
      <Charts
        summary={summary}
        filters={answered.filters}
        search={answered.search}
        only={only?.join(',')}
        eager={eager}
        fit={fit}
      />
    </div>
  );
}

interface ChartsProps {
  summary: Summary;
  filters: ViewFilters;
  search: string;
  /** Chart ids joined by commas (a string, so that an inline list keeps `memo` effective). */
  only: string | undefined;
  eager: boolean;
  fit: boolean;
}

/** Memoised: while a new scope loads, or until its background render, nothing here re-renders. */
const Charts = memo(function Charts({ summary, filters, search, only, eager, fit }: ChartsProps) {
  const show = (id: ChartId) => only === undefined || only.split(',').includes(id);
  const { t, lang } = useI18n(CHARTS_NS);
  const [, navigate] = useLocation();
  const data = useChartData(summary, filters);
  const ctx = useMemo<Ctx>(
    () => ({ eager, fit, t, lang, filters, search, navigate }),
    [eager, fit, t, lang, filters, search, navigate],
  );

  if (!data) return null;
  const withoutAmount =
    data.withoutAmount > 0 ? [t('withoutAmount', { count: data.withoutAmount })] : [];
  return (
    <>
      {show('fundsByDistrict') && (
        <WidgetBoundary>
          <CategoryChart
            chartId="fundsByDistrict"
            rows={data.fundsByDistrict}
            kind="money"
            unit={t('units.money')}
            axisLabel={t('axis.funds')}
            view="funds"
            ctx={ctx}
            notes={withoutAmount}
            emptyOverride={data.withoutAmount > 0 ? t('noAmounts') : null}
          />
        </WidgetBoundary>
      )}
      {show('fundsBySource') && (
        <WidgetBoundary>
          <CategoryChart
            chartId="fundsBySource"
            rows={data.fundsBySource}
            tableRows={data.fundsBySourceAll}
            kind="money"
            unit={t('units.money')}
            axisLabel={t('axis.funds')}
            view="funds"
            ctx={ctx}
            notes={withoutAmount}
            emptyOverride={data.withoutAmount > 0 ? t('noAmounts') : null}
            extraColumns={[extraCount('allocations', t('table.allocations'), lang)]}
          />
        </WidgetBoundary>
      )}
      {show('workersByDistrict') && (
        <WidgetBoundary>
          <CategoryChart
            chartId="workersByDistrict"
            rows={data.workersByDistrict}
            kind="count"
            unit={t('units.workers')}
            axisLabel={t('axis.workers')}
            view="activities"
            ctx={ctx}
          />
        </WidgetBoundary>
      )}
      {show('overTime') && (
        <WidgetBoundary>
          <OverTimeChart tl={data.timeline} ctx={ctx} />
        </WidgetBoundary>
      )}
      {show('activitiesByType') && (
        <WidgetBoundary>
          <CategoryChart
            chartId="activitiesByType"
            rows={data.activitiesByType}
            kind="count"
            unit={t('units.activities')}
            axisLabel={t('axis.activities')}
            view="activities"
            ctx={ctx}
            extraColumns={[extraCount('workers', t('table.workers'), lang)]}
          />
        </WidgetBoundary>
      )}
      {show('goodsByKind') && (
        <WidgetBoundary>
          <CategoryChart
            chartId="goodsByKind"
            rows={data.goodsByKind}
            kind="count"
            unit={t('units.deliveries')}
            axisLabel={t('axis.deliveries')}
            view="activities"
            ctx={ctx}
            notes={[t('goodsNote')]}
            extraColumns={[
              extraCount('quantity', t('table.quantity'), lang),
              extraCount('quantityIllustrative', t('table.quantityIllustrative'), lang),
            ]}
          />
        </WidgetBoundary>
      )}
    </>
  );
});
