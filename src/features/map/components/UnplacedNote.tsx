import { useI18n } from '@/i18n';
import { localName } from '@/i18n/localized';
import type { UnplacedSite } from '../lib/placement';

/** Says which data could not go on the map, and why: nothing disappears silently. */
export function UnplacedNote({
  unplaced,
  unknownDistricts,
}: {
  unplaced: readonly UnplacedSite[];
  unknownDistricts: readonly string[];
}) {
  const { t, lang } = useI18n('map');
  if (unplaced.length === 0 && unknownDistricts.length === 0) return null;
  return (
    <div className="relief-map__unplaced" role="note" data-testid="map-unplaced">
      {unplaced.length > 0 && (
        <details>
          <summary>{t('unplaced', { count: unplaced.length })}</summary>
          <ul>
            {unplaced.map(({ row, site, reason }) => (
              <li key={row.siteId}>
                <span className="relief-map__unplaced-name">
                  {site ? localName(site.name, lang) : row.siteId}
                </span>
                {' — '}
                {t(`unplacedReason.${reason}`)}
              </li>
            ))}
          </ul>
        </details>
      )}
      {unknownDistricts.length > 0 && (
        <p>{t('unknownDistricts', { codes: unknownDistricts.join(', ') })}</p>
      )}
    </div>
  );
}
