import { IllustrativeMarker } from '@/components/domain/Provenance';
import { useI18n } from '@/i18n';
import { activityTypes } from '@/api/contract';
import { activityTypeColor } from '@/lib/palette';
import type { Choropleth } from '../lib/choropleth';
import type { Measure } from '../lib/measure';
import { formatMeasure } from './format-value';

export function Legend({
  choropleth,
  measure,
  hasSelection,
}: {
  choropleth: Choropleth;
  measure: Measure;
  hasSelection: boolean;
}) {
  const { t, lang } = useI18n('map');
  const tc = useI18n().t;
  const range = (min: number, max: number) =>
    min === max
      ? formatMeasure(measure, max, lang)
      : `${formatMeasure(measure, min, lang)} – ${formatMeasure(measure, max, lang)}`;
  return (
    <div className="relief-map__legend" data-testid="map-legend">
      <h3 className="relief-map__side-title">
        {t('legend')} · {t(`measures.${measure}`)}
      </h3>
      <ul className="relief-map__legend-list">
        {[...choropleth.classes].reverse().map((c) => (
          <li key={`${c.min}-${c.max}`} data-legend="class">
            <span
              className="relief-map__swatch"
              style={{ background: c.color }}
              aria-hidden="true"
            />
            {range(c.min, c.max)}
          </li>
        ))}
        {choropleth.anyZero && (
          <li data-legend="zero">
            <span className="relief-map__swatch relief-map__swatch--zero" aria-hidden="true" />
            {t('legendZero')}
          </li>
        )}
        <li data-legend="no-relief">
          <span className="relief-map__swatch relief-map__swatch--hatch" aria-hidden="true" />
          {t('legendNoRelief')}
        </li>
        <li data-legend="visited">
          <span className="relief-map__swatch relief-map__swatch--visited" aria-hidden="true" />
          {t('legendVisited')}
        </li>
        {hasSelection && (
          <li data-legend="selected">
            <span className="relief-map__swatch relief-map__swatch--selected" aria-hidden="true" />
            {t('legendSelected')}
          </li>
        )}
      </ul>
      {choropleth.anyIllustrative && <IllustrativeMarker label={t('includesIllustrative')} />}
      <details className="relief-map__legend-more">
        <summary>{t('legendSites')}</summary>
        <ul className="relief-map__legend-list">
          {activityTypes.map((type) => (
            <li key={type}>
              <span
                className="relief-map__swatch relief-map__swatch--dot"
                style={{ background: activityTypeColor(type) }}
                aria-hidden="true"
              />
              {tc(`activityType.${type}`)}
            </li>
          ))}
          <li>
            <span className="relief-map__swatch relief-map__swatch--cluster" aria-hidden="true">
              3
            </span>
            {t('legendCluster')}
          </li>
        </ul>
      </details>
    </div>
  );
}
