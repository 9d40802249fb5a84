/**
 * The relief map widget: choropleth of the 16 districts by a chosen measure, visited sites,
 * a legend, a keyboard-friendly district list, and the drill-down panel for the district in the
 * shared filter (selecting a district here filters every widget on the page through the URL).
 */
import { keepPreviousData, useQuery, type UseQueryResult } from '@tanstack/react-query';
import type L from 'leaflet';
import {
  lazy,
  Suspense,
  useCallback,
  useEffect,
  useMemo,
  useState,
  type KeyboardEvent,
} from 'react';
import { useLocation, useSearch } from 'wouter';
import type { RecordFilters } from '@/api/contract';
import { referenceQueries } from '@/api/resources/reference';
import { siteQueries } from '@/api/resources/sites';
import { summaryQueries } from '@/api/resources/summary';
import { useLookups } from '@/components/domain/use-lookups';
import { QueryState } from '@/components/feedback/QueryState';
import { env } from '@/config/env';
import { useFilters } from '@/filters/use-filters';
import { useI18n } from '@/i18n';
import { localName } from '@/i18n/localized';
import { loadSoon } from '@/lib/load-soon';
import { whenLoaded } from '@/lib/when-loaded';
import {
  availableBaseLayers,
  datumOf,
  readBaseLayer,
  storeBaseLayer,
  tileSpecs,
  type BaseLayerId,
} from '../lib/base-layers';
import { buildChoropleth } from '../lib/choropleth';
import { boundariesIn } from '../lib/geometry';
import { districtValues, measures, parseMeasure, writeMeasure, type Measure } from '../lib/measure';
import { markDrawStart, markMeasureChangeStart } from '../lib/perf';
import { placeSites, type PlacedSite, type UnplacedSite } from '../lib/placement';
import { DistrictList } from './DistrictList';
import { Legend } from './Legend';
import { MapView, type DisplaySite } from './MapView';
import { SiteDetails } from './SiteDetails';
import { UnplacedNote } from './UnplacedNote';
import type * as DistrictPanelModule from './DistrictPanel';
import '../i18n';
import './relief-map.css';

// The drill-down panel draws a Recharts chart: it loads after the first screen (see ReliefMap),
// so the charting library is not part of it.
let districtPanel: Promise<typeof DistrictPanelModule> | null = null;
const loadDistrictPanel = () => (districtPanel ??= whenLoaded(() => import('./DistrictPanel')));
const DistrictPanel = lazy(() => loadDistrictPanel().then((m) => ({ default: m.DistrictPanel })));

/** No district chosen: no sites to list. */
const NO_SITES: { placed: PlacedSite[]; unplaced: UnplacedSite[] } = { placed: [], unplaced: [] };

function useMeasure(): [Measure, (m: Measure) => void] {
  const search = useSearch();
  const [location, navigate] = useLocation();
  const measure = parseMeasure(search);
  const setMeasure = useCallback(
    (m: Measure) => {
      markMeasureChangeStart();
      navigate(`${location}${writeMeasure(search, m)}`);
    },
    [location, navigate, search],
  );
  return [measure, setMeasure];
}

export function ReliefMap() {
  const { t, lang } = useI18n('map');
  const { filters, recordFilters, setFilters } = useFilters();
  const [measure, setMeasure] = useMeasure();
  const selected = filters.districts.length === 1 ? (filters.districts[0] ?? null) : null;

  // The map always shows every district for context; the district filter only selects one.
  const mapFilters: RecordFilters = useMemo(
    () => ({ ...recordFilters, districts: [] }),
    [recordFilters],
  );
  const boundariesQuery = useQuery(referenceQueries.boundaries());
  // A new scope keeps the map on screen with the previous figures until the new ones arrive:
  // dropping the data would unmount Leaflet and rebuild the whole map on every filter change.
  const summaryQuery = useQuery({
    ...summaryQueries.forScope(mapFilters),
    placeholderData: keepPreviousData,
  });
  const siteSummaryQuery = useQuery({
    ...siteQueries.summary(mapFilters),
    placeholderData: keepPreviousData,
  });
  const updating = summaryQuery.isPlaceholderData || siteSummaryQuery.isPlaceholderData;
  // Loaded and compiled before the first district is chosen: otherwise that click waits for it.
  useEffect(() => loadSoon(loadDistrictPanel), []);
  const lookups = useLookups();

  const baseLayers = availableBaseLayers(env.onlineTiles);
  const [base, setBase] = useState<BaseLayerId>(() => readBaseLayer(env.onlineTiles));
  const [tileError, setTileError] = useState(false);
  const changeBase = (b: BaseLayerId) => {
    setBase(b);
    setTileError(false);
    storeBaseLayer(b);
  };
  const effectiveBase: BaseLayerId = tileError ? 'offline' : base;
  const datum = datumOf(effectiveBase);

  // The open popup's site by id, so that it follows its marker to another base layer's datum.
  const [openSiteId, setOpenSiteId] = useState<string | null>(null);
  const setOpenSite = useCallback(
    (s: DisplaySite | null) => setOpenSiteId(s ? s.placed.site.id : null),
    [],
  );
  const [map, setMap] = useState<L.Map | null>(null);

  const select = useCallback(
    (code: string) => {
      setOpenSite(null);
      setFilters({ districts: [code] });
    },
    [setFilters, setOpenSite],
  );
  const clear = useCallback(() => setFilters({ districts: [] }), [setFilters]);

  const districtsList = useMemo(() => [...lookups.districts.values()], [lookups.districts]);
  const districtName = useCallback(
    (code: string) => {
      const d = lookups.districts.get(code);
      if (d) return localName(d.name, lang);
      const f = boundariesQuery.data?.features.find((x) => x.properties.adcode === code);
      return f
        ? lang === 'en' && f.properties.name_en
          ? f.properties.name_en
          : f.properties.name
        : code;
    },
    [boundariesQuery.data, lookups.districts, lang],
  );

  const displayBoundaries = useMemo(
    () => (boundariesQuery.data ? boundariesIn(boundariesQuery.data, datum) : null),
    [boundariesQuery.data, datum],
  );
  const codes = useMemo(
    () => boundariesQuery.data?.features.map((f) => f.properties.adcode) ?? [],
    [boundariesQuery.data],
  );
  const values = useMemo(
    () => districtValues(summaryQuery.data?.byDistrict ?? [], measure),
    [summaryQuery.data, measure],
  );
  const choropleth = useMemo(() => buildChoropleth(codes, values), [codes, values]);
  const unknownDistricts = useMemo(() => {
    if (!boundariesQuery.data) return [];
    const known = new Set(codes);
    return (summaryQuery.data?.byDistrict ?? [])
      .map((r) => r.districtCode)
      .filter((c) => !known.has(c));
  }, [boundariesQuery.data, codes, summaryQuery.data]);

  const placement = useMemo(
    () =>
      boundariesQuery.data && siteSummaryQuery.data
        ? placeSites(siteSummaryQuery.data.sites, lookups.sites, boundariesQuery.data)
        : { placed: [], unplaced: [] },
    [boundariesQuery.data, siteSummaryQuery.data, lookups.sites],
  );
  // The chosen district's sites, the same arrays while nothing changes (its panel keeps what it
  // shows until new figures arrive, and compares them).
  const selectedSites = useMemo(
    () =>
      selected
        ? {
            placed: placement.placed.filter((p) => p.site.districtCode === selected),
            unplaced: placement.unplaced.filter((u) => u.site?.districtCode === selected),
          }
        : NO_SITES,
    [placement, selected],
  );
  const displaySites: DisplaySite[] = useMemo(
    () =>
      placement.placed.map((placed) => {
        // By index, not `[lng, lat] =`: 5,000 sites on every filter change (see point-in-polygon.ts).
        const position = datum === 'wgs84' ? placed.wgs84 : placed.gcj02;
        return { placed, lat: position[1], lng: position[0] };
      }),
    [placement, datum],
  );

  const openSite = useMemo(
    () => displaySites.find((d) => d.placed.site.id === openSiteId) ?? null,
    [displaySites, openSiteId],
  );

  const showSite = useCallback(
    (placed: PlacedSite) => {
      const s = displaySites.find((d) => d.placed.site.id === placed.site.id);
      if (!s) return;
      // Not animated: the popup opens next, and Leaflet pans it into view only from a settled map.
      map?.setView([s.lat, s.lng], Math.max(map.getZoom(), 12), { animate: false });
      map?.getContainer().scrollIntoView({ block: 'center' });
      setOpenSite(s);
    },
    [displaySites, map, setOpenSite],
  );

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key !== 'Escape' || e.defaultPrevented) return;
    if (openSite) {
      setOpenSite(null);
      return;
    }
    if (filters.districts.length > 0) {
      e.preventDefault();
      clear();
    }
  };

  // The reference lists too: without them the map never becomes ready, so a failed one must
  // show its error and retry rather than an endless "loading".
  const districtsQuery = useQuery(referenceQueries.districts());
  const organizationsQuery = useQuery(referenceQueries.organizations());
  const sitesQuery = useQuery(referenceQueries.sites());
  const failed: UseQueryResult<unknown> | null =
    [summaryQuery, siteSummaryQuery, districtsQuery, organizationsQuery, sitesQuery].find(
      (q) => q.isError,
    ) ?? null;
  const ready = Boolean(
    displayBoundaries && summaryQuery.data && siteSummaryQuery.data && lookups.ready,
  );
  useEffect(() => {
    if (ready) markDrawStart();
  }, [ready]);

  const rows = useMemo(
    () =>
      codes.map((code) => ({ code, name: districtName(code), look: choropleth.looks.get(code) })),
    [codes, districtName, choropleth],
  );

  const labels = useMemo(
    () => ({
      map: t('mapLabel'),
      zoomIn: t('zoomIn'),
      zoomOut: t('zoomOut'),
      cluster: (count: number) => t('cluster', { count }),
    }),
    [t],
  );
  const onTileError = useCallback(() => setTileError(true), []);

  const measureName = t(`measures.${measure}`);
  const tile = effectiveBase === 'offline' ? null : tileSpecs[effectiveBase];

  return (
    <section
      className="panel relief-map"
      aria-labelledby="relief-map-title"
      onKeyDown={onKeyDown}
      data-testid="relief-map"
    >
      <header className="relief-map__header">
        <div>
          <h2 id="relief-map-title" className="panel__title">
            {t('title')}
          </h2>
          <p className="panel__subtitle">{t('subtitle', { measure: measureName })}</p>
        </div>
        <div className="relief-map__controls">
          <label className="relief-map__control">
            <span>{t('measure')}</span>
            <select value={measure} onChange={(e) => setMeasure(e.target.value as Measure)}>
              {measures.map((m) => (
                <option key={m} value={m}>
                  {t(`measures.${m}`)}
                </option>
              ))}
            </select>
          </label>
          {baseLayers.length > 1 && (
            <label className="relief-map__control">
              <span>{t('baseLayer')}</span>
              <select value={base} onChange={(e) => changeBase(e.target.value as BaseLayerId)}>
                {baseLayers.map((b) => (
                  <option key={b} value={b}>
                    {t(`baseLayers.${b}`)}
                  </option>
                ))}
              </select>
            </label>
          )}
          {filters.districts.length > 0 && (
            <button type="button" className="button button--ghost" onClick={clear}>
              {t('clear')}
              {t('clearHint')}
            </button>
          )}
        </div>
      </header>

      <QueryState
        query={boundariesQuery}
        what={t('title')}
        minHeight="var(--relief-map-loading-height)"
      >
        {() => (
          <div className="relief-map__body">
            <div className="relief-map__stage" aria-busy={updating || undefined}>
              {ready && displayBoundaries ? (
                <MapView
                  boundaries={displayBoundaries}
                  districts={districtsList}
                  districtName={districtName}
                  looks={choropleth.looks}
                  selected={selected}
                  onSelect={select}
                  sites={displaySites}
                  openSite={openSite}
                  onOpenSite={setOpenSite}
                  popup={
                    openSite ? (
                      <SiteDetails
                        placed={openSite.placed}
                        lookups={lookups}
                        filters={mapFilters}
                      />
                    ) : null
                  }
                  base={effectiveBase}
                  onTileError={onTileError}
                  labels={labels}
                  onMap={setMap}
                />
              ) : failed ? (
                <QueryState query={failed} what={t('title')} minHeight="100%">
                  {() => null}
                </QueryState>
              ) : (
                <div className="state state--loading relief-map__loading" role="status">
                  <span className="state__spinner" aria-hidden="true" />
                  {t('state.loading', { ns: 'common' })}
                </div>
              )}
              <p className="relief-map__attribution">
                {t('attribution', { text: boundariesQuery.data?.attribution ?? '' })}
                {tile && ` · ${t('tileAttribution', { text: tile.attribution })}`}
              </p>
              {/* Right under the map, and always in the page so screen readers announce it. */}
              <p
                className={tileError ? 'relief-map__tile-error' : 'relief-map__live'}
                role="status"
                aria-live="polite"
                data-testid="map-tile-status"
              >
                {tileError ? t('tileError') : ''}
              </p>
            </div>
            <aside className="relief-map__side" aria-label={t('legend')}>
              <Legend choropleth={choropleth} measure={measure} hasSelection={selected !== null} />
              <DistrictList rows={rows} measure={measure} selected={selected} onSelect={select} />
            </aside>
          </div>
        )}
      </QueryState>
      <UnplacedNote unplaced={placement.unplaced} unknownDistricts={unknownDistricts} />
      {selected && (
        <Suspense
          fallback={
            <div className="state state--loading" role="status">
              {t('state.loading', { ns: 'common' })}
            </div>
          }
        >
          <DistrictPanel
            code={selected}
            name={districtName(selected)}
            filters={recordFilters}
            lookups={lookups}
            sites={selectedSites.placed}
            unplaced={selectedSites.unplaced}
            onShowSite={showSite}
            onClear={clear}
          />
        </Suspense>
      )}
    </section>
  );
}
