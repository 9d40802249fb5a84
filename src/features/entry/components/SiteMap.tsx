import { useQuery } from '@tanstack/react-query';
import type { GeoJsonObject } from 'geojson';
import type { LeafletMouseEvent, PathOptions } from 'leaflet';
import {
  AttributionControl,
  CircleMarker,
  GeoJSON,
  MapContainer,
  useMapEvents,
} from 'react-leaflet';
import 'leaflet/dist/leaflet.css';
import { referenceQueries } from '@/api/resources/reference';
import { NEUTRAL_COLOR, provenanceColors } from '@/lib/palette';
import { useI18n } from '@/i18n';
import '../i18n';

const BEIJING_BOUNDS: [[number, number], [number, number]] = [
  [39.44, 115.42],
  [41.06, 117.5],
];

function ClickToPick({ onPick }: { onPick: (lon: number, lat: number) => void }) {
  useMapEvents({
    click: (e: LeafletMouseEvent) =>
      onPick(Number(e.latlng.lng.toFixed(5)), Number(e.latlng.lat.toFixed(5))),
  });
  return null;
}

/**
 * A small map of the district boundaries (no tiles: the app works offline). A click sets the
 * point; the longitude and latitude fields next to it are the keyboard way to do the same.
 */
export function SiteMap({
  point,
  districtCode,
  onPick,
}: {
  point: { lon: number; lat: number } | null;
  districtCode: string;
  onPick: (lon: number, lat: number) => void;
}) {
  const { t } = useI18n('entry');
  const boundaries = useQuery(referenceQueries.boundaries());
  const style = (feature?: { properties?: { adcode?: string } }): PathOptions => {
    const chosen = feature?.properties?.adcode === districtCode;
    return {
      color: NEUTRAL_COLOR,
      weight: chosen ? 2.5 : 1,
      fillColor: chosen ? provenanceColors.entered : NEUTRAL_COLOR,
      fillOpacity: chosen ? 0.18 : 0.06,
    };
  };
  return (
    <figure className="entry-map">
      <MapContainer
        bounds={BEIJING_BOUNDS}
        className="entry-map__canvas"
        scrollWheelZoom={false}
        attributionControl={false}
        keyboard={false}
        aria-label={t('site.mapLabel')}
      >
        {boundaries.data && (
          <GeoJSON
            key={districtCode}
            data={boundaries.data as unknown as GeoJsonObject}
            style={style as never}
            interactive={false}
            attribution={boundaries.data.attribution}
          />
        )}
        {point && Number.isFinite(point.lat) && Number.isFinite(point.lon) && (
          <CircleMarker
            center={[point.lat, point.lon]}
            radius={7}
            pathOptions={{
              color: provenanceColors.entered,
              fillColor: provenanceColors.entered,
              fillOpacity: 0.9,
            }}
          />
        )}
        <AttributionControl prefix="Leaflet" />
        <ClickToPick onPick={onPick} />
      </MapContainer>
      <figcaption className="entry-field__hint">{t('site.mapHint')}</figcaption>
    </figure>
  );
}
