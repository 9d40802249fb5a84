/**
 * What the charts share that does not need Recharts: how each part of a figure looks (reported,
 * entered, illustrative), their legend swatches, and the funds colour. Kept apart so the chart
 * frames, legends and tables render without loading the charting library (it loads when a chart
 * nears the screen).
 */
import { useI18n } from '@/i18n';
import { activityTypeColor, provenanceColors } from '@/lib/palette';
import { CHARTS_NS } from '../i18n';
import { PARTS, type Part } from '@/lib/timeline';

export type ValueKind = 'money' | 'count';

/** Reported solid, entered lighter, illustrative lightest with a dashed outline (not colour alone). */
export const PART_STYLE: Record<Part, { fillOpacity: number; dashed: boolean }> = {
  reported: { fillOpacity: 1, dashed: false },
  entered: { fillOpacity: 0.6, dashed: false },
  illustrative: { fillOpacity: 0.3, dashed: true },
};

/** Height of a bar chart with `rows` bars: the chart and its reserved slot use the same. */
export function categoryBarsHeight(rows: number, rem: number): number {
  return Math.round(Math.max(rows * rem * 2.1 + rem * 4.5, rem * 11));
}

/**
 * The least a bar chart may shrink to on a screen that does not scroll: each bar's row keeps
 * room for its label (0.8rem text) and a gap.
 */
export function categoryBarsMinHeight(rows: number, rem: number): number {
  return Math.min(categoryBarsHeight(rows, rem), Math.round(rows * rem * 1.25 + rem * 4.5));
}

/** Height of the activities-and-funds-over-time chart. */
export const timeChartHeight = (rem: number) => Math.round(rem * 17);

/** Funds are a money series: drawn in the fund-delivery colour wherever they appear. */
export const FUNDS_COLOR = activityTypeColor('fund_delivery');

/** A legend square drawn like the stack segment of that part (tone, dashed outline). */
export function PartSwatch({ part, color }: { part: Part; color: string }) {
  const style = PART_STYLE[part];
  return (
    // The viewBox scales the square with the legend's text (large screens set a larger root size).
    <svg width="14" height="14" viewBox="0 0 14 14" aria-hidden="true" focusable="false">
      <rect
        x="1"
        y="1"
        width="12"
        height="12"
        fill={color}
        fillOpacity={style.fillOpacity}
        stroke={style.dashed ? color : 'none'}
        strokeDasharray={style.dashed ? '3 2' : undefined}
      />
    </svg>
  );
}

/** Swatches explaining the stack segments, in text as well as tone. */
export function PartsLegend({ color }: { color: string }) {
  const { t } = useI18n(CHARTS_NS);
  return (
    <ul className="chart-legend" aria-label={t('legend.label')}>
      {PARTS.map((p) => (
        <li key={p}>
          <PartSwatch part={p} color={color} />
          {t(`legend.${p}`)}
        </li>
      ))}
    </ul>
  );
}

export function TimeLegend({ fundsIllustrative }: { fundsIllustrative: boolean }) {
  const { t } = useI18n(CHARTS_NS);
  return (
    <ul className="chart-legend" aria-label={t('legend.label')}>
      {PARTS.map((p) => (
        <li key={p}>
          <PartSwatch part={p} color={provenanceColors[p]} />
          {t('legend.activities')} · {t(`legend.${p}`)}
        </li>
      ))}
      <li>
        <svg
          className="chart-legend__line"
          width="18"
          height="14"
          viewBox="0 0 18 14"
          aria-hidden="true"
          focusable="false"
        >
          <line
            x1="1"
            y1="7"
            x2="17"
            y2="7"
            stroke={FUNDS_COLOR}
            strokeWidth="3"
            strokeDasharray={fundsIllustrative ? '5 3' : undefined}
          />
        </svg>
        {t('legend.funds')}
        {fundsIllustrative && ` · ${t('legend.fundsIllustrative')}`}
      </li>
    </ul>
  );
}
