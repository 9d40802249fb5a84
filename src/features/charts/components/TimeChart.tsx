import {
  Bar,
  CartesianGrid,
  ComposedChart,
  Line,
  Rectangle,
  ResponsiveContainer,
  Tooltip,
  YAxis,
  type BarShapeProps,
  type TooltipContentProps,
} from 'recharts';
import { memo } from 'react';
import { SpacedXAxis } from '@/components/charts/SpacedXAxis';
import { useI18n } from '@/i18n';
import { formatMoney, formatNumber } from '@/i18n/format';
import { provenanceColors } from '@/lib/palette';
import { CHARTS_NS } from '../i18n';
import { tickFormatter } from '../lib/format';
import type { Granularity, TimeBucket } from '@/lib/timeline';
import { FUNDS_COLOR, PART_STYLE, PARTS, timeChartHeight, type Part } from './parts';
import { useRootFontSize } from '@/components/charts/use-root-font-size';

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
        {t('table.activities')}:{' '}
        <strong>{formatNumber(a.reported + a.entered + a.illustrative, lang)}</strong>
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

  const shape = (part: Part) => (props: BarShapeProps) => {
    const height = Number(props.height ?? 0);
    if (!(Math.abs(height) > 0.5)) return <g />;
    const style = PART_STYLE[part];
    const color = provenanceColors[part];
    return (
      <Rectangle
        x={props.x}
        y={props.y}
        width={props.width}
        height={props.height}
        fill={color}
        fillOpacity={style.fillOpacity}
        stroke={style.dashed ? color : 'none'}
        strokeWidth={style.dashed ? 1 : 0}
        strokeDasharray={style.dashed ? '3 2' : undefined}
        className={`chart-bar chart-bar--${part}`}
      />
    );
  };

  return (
    <ResponsiveContainer width="100%" height={height}>
      <ComposedChart
        data={data}
        margin={{ top: rem * 1.6, right: rem * 0.5, bottom: rem * 1.5, left: rem * 0.5 }}
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
          label={{ value: t('axis.date'), position: 'insideBottom', offset: -rem * 1.2, fontSize }}
        />
        <YAxis
          yAxisId="count"
          interval={0}
          tickFormatter={tickFormatter('count', lang)}
          tick={{ fontSize }}
          allowDecimals={false}
          width={Math.round(rem * 3.5)}
          label={{ value: t('axis.activities'), position: 'top', offset: rem * 0.6, fontSize }}
        />
        <YAxis
          yAxisId="funds"
          orientation="right"
          interval={0}
          tickFormatter={tickFormatter('money', lang)}
          tick={{ fontSize }}
          width={Math.round(rem * 4)}
          label={{ value: t('axis.funds'), position: 'top', offset: rem * 0.6, fontSize }}
        />
        <Tooltip
          cursor={{ className: 'chart-cursor' }}
          isAnimationActive={false}
          content={(props) => <TimeTooltip {...props} />}
        />
        {PARTS.map((part) => (
          <Bar
            key={part}
            yAxisId="count"
            dataKey={part}
            stackId="activities"
            shape={shape(part)}
            isAnimationActive={false}
            cursor="pointer"
            onClick={(_d, index) => {
              const point = data[index];
              if (point) onSelect(point);
            }}
          />
        ))}
        <Line
          yAxisId="funds"
          dataKey="funds"
          type="monotone"
          stroke={FUNDS_COLOR}
          strokeDasharray={fundsIllustrative ? '6 3' : undefined}
          strokeWidth={Math.max(2, rem / 8)}
          dot={data.length <= 40 ? { r: rem / 6, fill: FUNDS_COLOR } : false}
          isAnimationActive={false}
        />
      </ComposedChart>
    </ResponsiveContainer>
  );
}
