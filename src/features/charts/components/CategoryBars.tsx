import {
  Bar,
  BarChart,
  CartesianGrid,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
  type TooltipContentProps,
} from 'recharts';
import { memo, useCallback, useMemo } from 'react';
import { useI18n } from '@/i18n';
import { formatMoney, formatNumber } from '@/i18n/format';
import { labelWidth } from '@/lib/label-spacing';
import { CHARTS_NS } from '../i18n';
import { tickFormatter, truncateLabel, wrapLabel } from '../lib/format';
import type { CategoryRow } from '../lib/series';
import { PARTS } from '@/lib/timeline';
import { categoryBarsHeight, type ValueKind } from './parts';
import { useRootFontSize } from '@/components/charts/use-root-font-size';
import { useStableCallback } from './use-stable-callback';
import { stackSegments } from './stack-segment';
import { AXIS_TEXT_STYLE, axisTick } from '@/components/charts/axis-text';

export function useFormatValue(kind: ValueKind) {
  const { lang } = useI18n();
  return (v: number) => (kind === 'money' ? formatMoney(v, lang) : formatNumber(v, lang));
}

const TOOLTIP_NAME_MAX = 200;

function CategoryTooltip({
  active,
  payload,
  kind,
  clickable,
}: Partial<TooltipContentProps> & { kind: ValueKind; clickable: boolean }) {
  const { t } = useI18n(CHARTS_NS);
  const format = useFormatValue(kind);
  const row = payload?.[0]?.payload as CategoryRow | undefined;
  if (!active || !row) return null;
  return (
    <div className="chart-tooltip">
      <p className="chart-tooltip__name">{truncateLabel(row.label, TOOLTIP_NAME_MAX)}</p>
      <p>
        {t('tooltip.total')}: <strong>{format(row.total)}</strong>
      </p>
      {PARTS.filter((p) => row[p] > 0 && row[p] < row.total).map((p) => (
        <p key={p} className="chart-tooltip__part">
          {t('tooltip.ofWhich')} {t(`legend.${p}`)}: {format(row[p])}
        </p>
      ))}
      {row.total > 0 && row.total === row.illustrative && (
        <p className="chart-tooltip__part">{t('legend.illustrative')}</p>
      )}
      {clickable && row.narrow && <p className="chart-tooltip__hint">{t('tooltip.clickHint')}</p>}
    </div>
  );
}

const CURSOR = { className: 'chart-cursor' };

// Each bar in its row's colour.
const BAR_SHAPE = stackSegments({
  color: (_part, row) => (row as CategoryRow | undefined)?.color,
  along: 'x',
  outline: { width: 1.5, dash: '4 2' },
});

interface CategoryBarsProps {
  rows: readonly CategoryRow[];
  kind: ValueKind;
  axisLabel: string;
  title: string;
  description: string;
  onSelect: (row: CategoryRow) => void;
  /** Fill the slot's height (which may be less than the bars' own) instead of setting it. */
  fillSlot?: boolean;
}

/**
 * Charts never animate: a filter change or the print relayout must show the final bars at once,
 * and nobody who asked for reduced motion gets any.
 *
 * Horizontal bars, one per category in its own colour, stacked by how each figure is known.
 * Clicking a bar opens the ledger with the records behind it.
 */
function sameItems<T>(a: readonly T[], b: readonly T[]): boolean {
  return a === b || (a.length === b.length && a.every((x, i) => x === b[i]));
}

/**
 * Recharts redraws are the bulk of a filter change: skip them when nothing drawn changed. Rows
 * are compared item by item (callers filter them per render); callers pass a stable `onSelect`.
 */
export const CategoryBars = memo(
  CategoryBarsChart,
  (a, b) =>
    sameItems(a.rows, b.rows) &&
    a.kind === b.kind &&
    a.axisLabel === b.axisLabel &&
    a.title === b.title &&
    a.description === b.description &&
    a.onSelect === b.onSelect &&
    a.fillSlot === b.fillSlot,
);

function CategoryBarsChart({
  rows,
  kind,
  axisLabel,
  title,
  description,
  onSelect,
  fillSlot = false,
}: CategoryBarsProps) {
  const { lang } = useI18n();
  const rem = useRootFontSize();
  const fontSize = Math.round(rem * 0.8);
  const height = categoryBarsHeight(rows.length, rem);
  // Category names get two lines where each bar's row has room for them (1.84rem of 2.1rem),
  // one where the chart gives up height to fit a screen. The axis keeps its width: it is the
  // same in every card, so the bars of side-by-side charts start at the same place.
  const categoryWidth = Math.round(rem * 9.5);
  const categoryLines = fillSlot ? 1 : 2;
  // Every value tick is shown (interval 0): leave room for half the last one past the plot, whose
  // label can be two digits longer than the largest value's ("873万" → "1,000万").
  const formatTick = useMemo(() => tickFormatter(kind, lang), [kind, lang]);
  const largest = Math.max(0, ...rows.map((r) => r.total));
  const lastTickWidth = labelWidth(formatTick(largest), fontSize) + 1.2 * fontSize;
  const rightMargin = Math.max(rem, Math.ceil(lastTickWidth / 2) + 4);
  const data = rows as CategoryRow[];

  // Recharts' axes and bars are memoised on their props, and each one that re-renders sends its
  // settings to the chart's store again, which recomputes the chart once more: every object and
  // function handed to them keeps its identity while what it says is unchanged.
  const margin = useMemo(
    () => ({ top: 4, right: rightMargin, bottom: rem * 1.5, left: 0 }),
    [rightMargin, rem],
  );
  const tick = useMemo(() => axisTick(fontSize), [fontSize]);
  const valueLabel = useMemo(
    () => ({
      value: axisLabel,
      position: 'insideBottom' as const,
      offset: -rem * 1.2,
      fontSize,
      fill: AXIS_TEXT_STYLE.fill,
    }),
    [axisLabel, rem, fontSize],
  );
  // Room for the text: the axis less its tick mark and margin (8 px). The width estimate is
  // generous (0.6 em a Latin letter), which leaves the air.
  const categoryTick = useMemo(
    () => axisTick(fontSize, (text) => wrapLabel(text, categoryWidth - 8, fontSize, categoryLines)),
    [fontSize, categoryWidth, categoryLines],
  );
  const tooltip = useCallback(
    (props: TooltipContentProps) => <CategoryTooltip {...props} kind={kind} clickable />,
    [kind],
  );
  const onBarClick = useStableCallback((_data: unknown, index: number) => {
    const row = data[index];
    if (row) onSelect(row);
  });

  return (
    <ResponsiveContainer width="100%" height={fillSlot ? '100%' : height}>
      <BarChart
        data={data}
        layout="vertical"
        margin={margin}
        barCategoryGap="22%"
        accessibilityLayer
        title={title}
        desc={description}
      >
        <CartesianGrid horizontal={false} strokeDasharray="3 3" className="chart-grid" />
        <XAxis
          type="number"
          tickFormatter={formatTick}
          tick={tick}
          // Five compact ticks always fit; a number keeps Recharts from measuring each in the page.
          interval={0}
          allowDecimals={false}
          domain={[0, 'auto']}
          label={valueLabel}
        />
        <YAxis
          type="category"
          dataKey="label"
          width={categoryWidth}
          tick={categoryTick}
          interval={0}
        />
        <Tooltip cursor={CURSOR} isAnimationActive={false} content={tooltip} />
        <Bar
          dataKey="total"
          shape={BAR_SHAPE}
          isAnimationActive={false}
          cursor="pointer"
          onClick={onBarClick}
        />
      </BarChart>
    </ResponsiveContainer>
  );
}
