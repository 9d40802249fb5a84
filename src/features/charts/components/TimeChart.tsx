import {
  Bar,
  CartesianGrid,
  ComposedChart,
  Curve,
  Line,
  ResponsiveContainer,
  Tooltip,
  YAxis,
  type LineDrawShapeProps,
  type TooltipContentProps,
} from 'recharts';
import { memo, useMemo } from 'react';
import { SpacedXAxis } from '@/components/charts/SpacedXAxis';
import { useI18n } from '@/i18n';
import { formatMoney, formatNumber } from '@/i18n/format';
import { provenanceColors } from '@/lib/palette';
import { CHARTS_NS } from '../i18n';
import { tickFormatter } from '../lib/format';
import { PARTS, partsTotal, type Granularity, type TimeBucket } from '@/lib/timeline';
import { FUNDS_COLOR, timeChartHeight } from './parts';
import { useRootFontSize } from '@/components/charts/use-root-font-size';
import { useStableCallback } from './use-stable-callback';
import { stackSegments } from './stack-segment';
import { AXIS_TEXT_STYLE, axisTick } from '@/components/charts/axis-text';

export interface TimePoint {
  key: string;
  label: string;
  bucket: TimeBucket;
  reported: number;
  entered: number;
  illustrative: number;
  funds: number;
}

function TimeTooltip({ active, payload }: Partial<TooltipContentProps>) {
  const { t, lang } = useI18n(CHARTS_NS);
  const point = payload?.[0]?.payload as TimePoint | undefined;
  if (!active || !point) return null;
  const a = point.bucket.activities;
  return (
    <div className="chart-tooltip">
      <p className="chart-tooltip__name">{point.label}</p>
      <p>
        {t('table.activities')}: <strong>{formatNumber(partsTotal(a), lang)}</strong>
      </p>
      {PARTS.filter((p) => a[p] > 0).map((p) => (
        <p key={p} className="chart-tooltip__part">
          {t('tooltip.ofWhich')} {t(`legend.${p}`)}: {formatNumber(a[p], lang)}
        </p>
      ))}
      <p>
        {t('table.funds')}: <strong>{formatMoney(point.funds, lang)}</strong>
      </p>
      <p className="chart-tooltip__hint">{t('tooltip.clickHint')}</p>
    </div>
  );
}

const CURSOR = { className: 'chart-cursor' };

// Each part in its provenance colour.
const BAR_SHAPE = stackSegments({
  color: (part) => provenanceColors[part],
  along: 'y',
  outline: { width: 1, dash: '3 2' },
});

/**
 * The funds line, drawn without the ref Recharts hands its default shape: Recharts measures that
 * path's length on every render, for an entrance animation these charts never play, and the
 * measurement forces the page's layout in the middle of a filter change.
 */
function FundsCurve(props: LineDrawShapeProps) {
  const {
    pathRef: _measured,
    animationElapsedTime: _elapsed,
    isAnimating: _animating,
    isEntrance: _entrance,
    visibleLength: _length,
    ...curve
  } = props;
  return <Curve {...curve} />;
}

interface TimeChartProps {
  points: readonly TimePoint[];
  granularity: Granularity;
  title: string;
  description: string;
  /** Funds that include illustrative amounts are drawn dashed. */
  fundsIllustrative: boolean;
  onSelect: (point: TimePoint) => void;
}

/**
 * Activities per day (or week) as bars stacked by provenance, funds as a line on its own axis.
 * Memoised: a filter change that leaves the points alone must not redraw the chart (callers pass
 * a stable `onSelect`).
 */
export const TimeChart = memo(
  TimeChartView,
  (a, b) =>
    a.points === b.points &&
    a.granularity === b.granularity &&
    a.title === b.title &&
    a.description === b.description &&
    a.fundsIllustrative === b.fundsIllustrative &&
    a.onSelect === b.onSelect,
);

function TimeChartView({
  points,
  granularity,
  title,
  description,
  fundsIllustrative,
  onSelect,
}: TimeChartProps) {
  const { t, lang } = useI18n(CHARTS_NS);
  const rem = useRootFontSize();
  const fontSize = Math.round(rem * 0.8);
  const data = points as TimePoint[];
  const height = timeChartHeight(rem);

  // Stable props, as in CategoryBars: a Recharts part given a new object re-sends its settings
  // to the chart's store, and the chart is computed again.
  const margin = useMemo(
    () => ({ top: rem * 1.6, right: rem * 0.5, bottom: rem * 1.5, left: rem * 0.5 }),
    [rem],
  );
  const tick = useMemo(() => axisTick(fontSize), [fontSize]);
  const labels = useMemo(() => {
    const axisLabel = (value: string, position: 'insideBottom' | 'top', offset: number) => ({
      value,
      position,
      offset,
      fontSize,
      fill: AXIS_TEXT_STYLE.fill,
    });
    return {
      date: axisLabel(t('axis.date'), 'insideBottom', -rem * 1.2),
      activities: axisLabel(t('axis.activities'), 'top', rem * 0.6),
      funds: axisLabel(t('axis.funds'), 'top', rem * 0.6),
    };
  }, [t, rem, fontSize]);
  const formatCount = useMemo(() => tickFormatter('count', lang), [lang]);
  const formatFunds = useMemo(() => tickFormatter('money', lang), [lang]);
  const dot = useMemo(() => ({ r: rem / 6, fill: FUNDS_COLOR }), [rem]);
  const onBarClick = useStableCallback((_data: unknown, index: number) => {
    const point = data[index];
    if (point) onSelect(point);
  });

  return (
    <ResponsiveContainer width="100%" height={height}>
      <ComposedChart
        data={data}
        margin={margin}
        barCategoryGap={granularity === 'day' ? '12%' : '20%'}
        accessibilityLayer
        title={title}
        desc={description}
      >
        <CartesianGrid vertical={false} strokeDasharray="3 3" className="chart-grid" />
        <SpacedXAxis
          labels={data.map((p) => p.label)}
          fontSize={fontSize}
          gap={rem}
          label={labels.date}
        />
        <YAxis
          yAxisId="count"
          interval={0}
          tickFormatter={formatCount}
          tick={tick}
          allowDecimals={false}
          width={Math.round(rem * 3.5)}
          label={labels.activities}
        />
        <YAxis
          yAxisId="funds"
          orientation="right"
          interval={0}
          tickFormatter={formatFunds}
          tick={tick}
          width={Math.round(rem * 4)}
          label={labels.funds}
        />
        <Tooltip cursor={CURSOR} isAnimationActive={false} content={TimeTooltip} />
        <Bar
          yAxisId="count"
          dataKey={partsTotal}
          shape={BAR_SHAPE}
          isAnimationActive={false}
          cursor="pointer"
          onClick={onBarClick}
        />
        <Line
          yAxisId="funds"
          dataKey="funds"
          type="monotone"
          stroke={FUNDS_COLOR}
          strokeDasharray={fundsIllustrative ? '6 3' : undefined}
          strokeWidth={Math.max(2, rem / 8)}
          dot={data.length <= 40 ? dot : false}
          shape={FundsCurve}
          isAnimationActive={false}
        />
      </ComposedChart>
    </ResponsiveContainer>
  );
}
