import { IllustrativeMarker } from '@/components/domain/Provenance';
import { useI18n } from '@/i18n';
import type { DistrictLook } from '../lib/choropleth';
import type { Measure } from '../lib/measure';
import { formatMeasure } from './format-value';

export interface DistrictRow {
  code: string;
  name: string;
  look: DistrictLook | undefined;
}

/** Every district as a button with its value: the keyboard way to the map, and a ranking. */
export function DistrictList({
  rows,
  measure,
  selected,
  onSelect,
}: {
  rows: readonly DistrictRow[];
  measure: Measure;
  selected: string | null;
  onSelect: (code: string) => void;
}) {
  const { t, lang } = useI18n('map');
  const sorted = [...rows].sort(
    (a, b) => (b.look?.value ?? 0) - (a.look?.value ?? 0) || a.code.localeCompare(b.code),
  );
  return (
    <nav
      className="relief-map__districts"
      aria-label={t('districtList', { measure: t(`measures.${measure}`) })}
    >
      <h3 className="relief-map__side-title">
        {t('districtList', { measure: t(`measures.${measure}`) })}
      </h3>
      <ul>
        {sorted.map(({ code, name, look }) => {
          const noRelief = !look || look.state === 'no-relief';
          const value = noRelief ? t('noRelief') : formatMeasure(measure, look.value, lang);
          return (
            <li key={code}>
              <button
                type="button"
                className="relief-map__district-button"
                aria-pressed={selected === code}
                data-district={code}
                data-state={look?.state ?? 'no-relief'}
                onClick={() => onSelect(code)}
              >
                {/* The name is the visible text (spaced for screen readers) after a hidden verb,
                    so what a speech user reads on screen is what selects it. */}
                <span className="visually-hidden">{t('selectDistrict')}</span>{' '}
                <span
                  className={`relief-map__swatch${noRelief ? ' relief-map__swatch--hatch' : ''}${
                    look?.visited ? ' relief-map__swatch--visited' : ''
                  }`}
                  style={look?.fill ? { background: look.fill } : undefined}
                  aria-hidden="true"
                />
                <span className="relief-map__district-name">{name}</span>{' '}
                {look?.visited && (
                  <>
                    <span className="relief-map__visited-mark">{t('visited')}</span>{' '}
                  </>
                )}
                <span className="relief-map__district-value">{value}</span>
              </button>
              {look && look.illustrative > 0 && (
                <span className="relief-map__row-marker">
                  <IllustrativeMarker label={t('illustrativeShort')} />
                </span>
              )}
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
