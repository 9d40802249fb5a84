/**
 * The Leaflet map: district shapes (SVG, so they can carry a hatch pattern, CSS theme colours and
 * be inspected in tests), district labels, sites (canvas renderer where there is a 2D canvas:
 * 5,000 markers stay fast) aggregated on a grid by zoom, and an optional tile layer. Layers are
 * built imperatively once per dataset and restyled in place; React owns only the popup content.
 */
import L from 'leaflet';
import 'leaflet/dist/leaflet.css';
import {
  useDeferredValue,
  useEffect,
  useMemo,
  useRef,
  useState,
  type ReactNode,
  type RefObject,
} from 'react';
import { MapContainer, Popup, TileLayer, ZoomControl, useMap } from 'react-leaflet';
import type { District, DistrictBoundaries } from '@/api/contract';
import { useRootFontSize } from '@/components/charts/use-root-font-size';
import { activityTypeColor, NEUTRAL_COLOR } from '@/lib/palette';
import { gridCluster } from '../lib/cluster';
import { keptProjection } from '../lib/kept-projection';
import type { DistrictLook } from '../lib/choropleth';
import { boundsOf } from '../lib/geometry';
import { placeLabels, type Box, type LabelBox } from '../lib/label-placement';
import { tileSpecs, type BaseLayerId } from '../lib/base-layers';
import type { PlacedSite } from '../lib/placement';
import { markDrawn, markMeasureChanged } from '../lib/perf';

export interface DisplaySite {
  placed: PlacedSite;
  lat: number;
  lng: number;
}

interface MapViewProps {
  boundaries: DistrictBoundaries;
  districts: readonly District[];
  districtName: (code: string) => string;
  looks: ReadonlyMap<string, DistrictLook>;
  selected: string | null;
  onSelect: (code: string) => void;
  sites: readonly DisplaySite[];
  openSite: DisplaySite | null;
  onOpenSite: (site: DisplaySite | null) => void;
  popup: ReactNode;
  base: BaseLayerId;
  onTileError: () => void;
  labels: { map: string; zoomIn: string; zoomOut: string; cluster: (count: number) => string };
  onMap?: (map: L.Map) => void;
}

/** jsdom has no 2D canvas: draw sites as SVG there (tests), on a canvas everywhere else. */
function canDrawCanvas(): boolean {
  if (typeof navigator !== 'undefined' && /jsdom/i.test(navigator.userAgent)) return false;
  return typeof document !== 'undefined' && Boolean(document.createElement('canvas').getContext);
}

const HATCH_ID = 'relief-map-hatch';

/**
 * The sites' own pane, above the district shapes and below the labels and clusters (see
 * relief-map.css). Leaflet puts a canvas under the SVG of the same pane, so in the shapes' pane the
 * markers were drawn beneath the districts' fill and every click on one reached its district.
 */
const SITES_PANE = 'relief-sites';

/** A single site's drawn circle, in map coordinates, for finding the one under a click. */
interface DrawnSite {
  lat: number;
  lng: number;
  /** Radius plus half the stroke, in screen pixels. */
  reach: number;
  site: DisplaySite;
}

/**
 * The sites' pane lets pointer events through to the districts below (a canvas as wide as the map
 * would otherwise take every click): a click is given to the site under it here, before the
 * district gets it. The topmost wins, as drawn.
 */
function siteUnder(map: L.Map, drawn: readonly DrawnSite[], event: MouseEvent) {
  const at = map.mouseEventToContainerPoint(event);
  for (let i = drawn.length - 1; i >= 0; i--) {
    const d = drawn[i]!;
    if (map.latLngToContainerPoint([d.lat, d.lng]).distanceTo(at) <= d.reach) return d.site;
  }
  return null;
}

/** Where the site markers are drawn: boxes in absolute pixels at `zoom` (Leaflet's `project`). */
interface MarkerBoxes {
  zoom: number;
  boxes: Box[];
}

/**
 * Hands the markers' boxes from the sites layer to the labels layer, which moves the names they
 * would cover. Both layers are Leaflet's, drawn in effects: passing the boxes through React state
 * would render the map once more on every filter change for nothing React draws.
 */
function useMarkerBoxes() {
  const [channel] = useState(() => {
    let last: MarkerBoxes | null = null;
    let listener: ((markers: MarkerBoxes) => void) | null = null;
    return {
      publish(markers: MarkerBoxes) {
        last = markers;
        listener?.(markers);
      },
      /** Calls `onMarkers` with the latest boxes now (if any) and with every later ones. */
      subscribe(onMarkers: (markers: MarkerBoxes) => void) {
        listener = onMarkers;
        if (last) onMarkers(last);
        return () => {
          if (listener === onMarkers) listener = null;
        };
      },
    };
  });
  return channel;
}
type MarkerChannel = ReturnType<typeof useMarkerBoxes>;

function ensureHatch(svg: SVGSVGElement) {
  if (svg.querySelector(`#${HATCH_ID}`)) return;
  const ns = 'http://www.w3.org/2000/svg';
  const defs = document.createElementNS(ns, 'defs');
  const pattern = document.createElementNS(ns, 'pattern');
  pattern.setAttribute('id', HATCH_ID);
  pattern.setAttribute('patternUnits', 'userSpaceOnUse');
  pattern.setAttribute('width', '8');
  pattern.setAttribute('height', '8');
  pattern.setAttribute('patternTransform', 'rotate(45)');
  const bg = document.createElementNS(ns, 'rect');
  bg.setAttribute('width', '8');
  bg.setAttribute('height', '8');
  bg.setAttribute('class', 'relief-map__hatch-bg');
  const line = document.createElementNS(ns, 'rect');
  line.setAttribute('width', '2');
  line.setAttribute('height', '8');
  line.setAttribute('class', 'relief-map__hatch-line');
  pattern.append(bg, line);
  defs.append(pattern);
  svg.insertBefore(defs, svg.firstChild);
}

function styleFor(look: DistrictLook | undefined, selected: boolean): L.PathOptions {
  return {
    fillColor: look?.fill ?? `url(#${HATCH_ID})`,
    fillOpacity: look?.fill ? 0.88 : 1,
    weight: selected ? 4 : look?.visited ? 2.5 : 1,
  };
}

function applyClasses(el: Element | undefined, look: DistrictLook | undefined, selected: boolean) {
  if (!el) return;
  el.classList.toggle('relief-map__district--visited', Boolean(look?.visited));
  el.classList.toggle('relief-map__district--selected', selected);
  el.classList.toggle('relief-map__district--no-relief', look?.state === 'no-relief');
  el.setAttribute('data-state', look?.state ?? 'no-relief');
  el.setAttribute('data-value', String(look?.value ?? 0));
  el.setAttribute('data-fill', look?.fill ?? 'hatch');
}

type DistrictLayer = L.Path & { feature?: { properties: { adcode: string } } };

function Districts({
  boundaries,
  looks,
  selected,
  onSelect,
}: Pick<MapViewProps, 'boundaries' | 'looks' | 'selected' | 'onSelect'>) {
  const map = useMap();
  const onSelectRef = useRef(onSelect);
  const lookRef = useRef({ looks, selected });
  useEffect(() => {
    onSelectRef.current = onSelect;
    lookRef.current = { looks, selected };
  });
  const [layer, setLayer] = useState<L.GeoJSON | null>(null);

  useEffect(() => {
    const renderer = L.svg({ padding: 0.3 });
    const geo = L.geoJSON(
      boundaries as unknown as GeoJSON.FeatureCollection,
      {
        renderer,
        style: { className: 'relief-map__district', color: NEUTRAL_COLOR, weight: 1 },
        onEachFeature: (feature, l) => {
          const code = String((feature.properties as { adcode: string }).adcode);
          l.on('click', () => onSelectRef.current(code));
        },
      } as L.GeoJSONOptions,
    );
    geo.addTo(map);
    geo.eachLayer((l) => {
      const path = l as DistrictLayer;
      const el = path.getElement();
      const code = path.feature?.properties.adcode ?? '';
      if (el) {
        el.setAttribute('data-district', code);
        el.setAttribute('aria-hidden', 'true');
        if (el instanceof SVGElement && el.ownerSVGElement) ensureHatch(el.ownerSVGElement);
      }
      // Styled at once, so a shape is never seen unstyled before the next render.
      const { looks: current, selected: chosen } = lookRef.current;
      path.setStyle(styleFor(current.get(code), code === chosen));
      applyClasses(el, current.get(code), code === chosen);
    });
    setLayer(geo);
    return () => {
      geo.remove();
      setLayer(null);
    };
  }, [boundaries, map]);

  useEffect(() => {
    if (!layer) return;
    layer.eachLayer((l) => {
      const path = l as DistrictLayer;
      const code = path.feature?.properties.adcode ?? '';
      const look = looks.get(code);
      path.setStyle(styleFor(look, code === selected));
      applyClasses(path.getElement(), look, code === selected);
      if (code === selected) path.bringToFront();
    });
    markMeasureChanged();
  }, [layer, looks, selected]);

  return null;
}

function Labels({
  districts,
  districtName,
  boundaries,
  markers,
}: Pick<MapViewProps, 'districts' | 'districtName' | 'boundaries'> & { markers: MarkerChannel }) {
  const map = useMap();
  useEffect(() => {
    const extents = new Map<string, L.LatLngBounds>();
    for (const f of boundaries.features) {
      const b = boundsOf({ ...boundaries, features: [f] });
      if (b) extents.set(f.properties.adcode, L.latLngBounds(b));
    }
    const items = districts
      .filter((d) => d.labelPoint.every(Number.isFinite))
      .map((d) => {
        const el = document.createElement('span');
        el.className = 'relief-map__label-text';
        el.textContent = districtName(d.code);
        el.setAttribute('data-label', d.code);
        const marker = L.marker([d.labelPoint[1], d.labelPoint[0]], {
          icon: L.divIcon({ html: el, className: 'relief-map__label', iconSize: undefined }),
          interactive: false,
          keyboard: false,
        });
        const at = L.latLng(d.labelPoint[1], d.labelPoint[0]);
        return { code: d.code, el, marker, at, width: 0, height: 0 };
      });
    // A label wider than its district on screen (Dongcheng, Xicheng at city zoom) is hidden
    // until the user zooms in; the district list always names every district.
    const fitLabels = () => {
      // All sizes read before any name is hidden or shown: one layout, not one per name. Read
      // here rather than on every filter change: the markers move with the data, the names'
      // sizes only with the text's. (Hiding keeps a name's size.)
      for (const item of items) {
        item.width = item.el.offsetWidth;
        item.height = item.el.offsetHeight;
      }
      for (const { code, el, width: nameWidth } of items) {
        const extent = extents.get(code);
        if (!extent) continue;
        const width =
          map.latLngToContainerPoint(extent.getNorthEast()).x -
          map.latLngToContainerPoint(extent.getSouthWest()).x;
        el.classList.toggle('relief-map__label-text--hidden', width < nameWidth * 1.1);
      }
    };
    // A name a site marker would cover moves aside (labels placed first keep their spot).
    let lastMarkers: MarkerBoxes | null = null;
    const avoidMarkers = (markersNow: MarkerBoxes) => {
      lastMarkers = markersNow;
      const { zoom, boxes } = markersNow;
      const shown = items.filter(
        (i) => i.width > 0 && !i.el.classList.contains('relief-map__label-text--hidden'),
      );
      const moved = placeLabels(
        shown.map((i): LabelBox => {
          const p = map.project(i.at, zoom);
          return { key: i.code, x: p.x, y: p.y, width: i.width, height: i.height };
        }),
        boxes,
      );
      for (const item of items) {
        const offset = moved.get(item.code);
        item.el.style.translate = offset ? `${offset.dx}px ${offset.dy}px` : '';
      }
    };
    // Names shown or hidden anew, or resized, are placed again among the markers they know of
    // (after a zoom, the sites layer soon hands over its new ones).
    const refit = () => {
      fitLabels();
      if (lastMarkers) avoidMarkers(lastMarkers);
    };
    const group = L.layerGroup(items.map((i) => i.marker));
    group.addTo(map);
    fitLabels();
    map.on('zoomend resize', refit);
    const stopAvoiding = markers.subscribe(avoidMarkers);
    return () => {
      stopAvoiding();
      map.off('zoomend resize', refit);
      group.remove();
    };
  }, [boundaries, districts, districtName, map, markers]);
  return null;
}

function Sites({
  sites,
  onOpenSite,
  clusterLabel,
  markers,
}: {
  sites: readonly DisplaySite[];
  onOpenSite: (s: DisplaySite) => void;
  clusterLabel: (count: number) => string;
  markers: MarkerChannel;
}) {
  const map = useMap();
  // Markers grow with the text (the 4K wall uses a larger root size). The shared reading, not a
  // getComputedStyle here: the effect runs right after React's DOM writes, and a fresh read
  // would force a style recalculation on every filter change.
  const scale = useRootFontSize() / 16;
  const renderer = useMemo(
    () =>
      canDrawCanvas() ? L.canvas({ padding: 0.3, pane: SITES_PANE }) : L.svg({ pane: SITES_PANE }),
    // Once per mount: the sites live inside one map's container, so `map` never changes here.
    [],
  );
  // The renderer looks its pane up when its first marker is added, in the effect further down:
  // this one, declared before it, runs first.
  useEffect(() => {
    if (!map.getPane(SITES_PANE)) map.createPane(SITES_PANE);
  }, [map]);
  const drawnRef = useRef<DrawnSite[]>([]);
  const project = useMemo(
    () => keptProjection((lat, lng, zoom) => map.project([lat, lng], zoom)),
    [map],
  );
  const [zoom, setZoom] = useState(() => map.getZoom());
  const openRef = useRef(onOpenSite);
  const labelRef = useRef(clusterLabel);
  useEffect(() => {
    openRef.current = onOpenSite;
    labelRef.current = clusterLabel;
  });
  useEffect(() => {
    const onZoom = () => setZoom(map.getZoom());
    map.on('zoomend', onZoom);
    return () => {
      map.off('zoomend', onZoom);
    };
  }, [map]);

  useEffect(() => {
    const container = map.getContainer();
    const onClick = (event: MouseEvent) => {
      const target = event.target as Element;
      // Popups, controls and clusters sit above the sites; an SVG marker takes its own click.
      if (
        target.closest('.leaflet-popup, .leaflet-control, .leaflet-marker-icon, .relief-map__site')
      )
        return;
      // The end of a pan, not a click (Map.Drag's moved(), which @types/leaflet leaves out).
      if ((map.dragging as (L.Handler & { moved?: () => boolean }) | undefined)?.moved?.()) return;
      const site = siteUnder(map, drawnRef.current, event);
      if (!site) return;
      event.stopPropagation();
      openRef.current(site);
    };
    container.addEventListener('click', onClick, true);
    return () => container.removeEventListener('click', onClick, true);
  }, [map]);

  useEffect(() => {
    const clusters = gridCluster(
      sites,
      (s) => ({ lat: s.lat, lng: s.lng }),
      (lat, lng, s) => project(s.placed.site, lat, lng, zoom),
      44 * scale,
    );
    const layers: L.Layer[] = [];
    const boxes: Box[] = [];
    const drawn: DrawnSite[] = [];
    const boxAt = (lat: number, lng: number, size: number) => {
      const p = map.project([lat, lng], zoom);
      boxes.push({ x: p.x, y: p.y, width: size, height: size });
    };
    for (const c of clusters) {
      const first = c.items[0];
      if (!first) continue;
      if (c.items.length === 1) {
        const precision = first.placed.site.location?.precision ?? 'approximate';
        const typeColor = activityTypeColor(first.placed.row.mainType);
        const radius = 7 * scale;
        const weight = (precision === 'district' ? 3 : 2) * scale;
        boxAt(first.lat, first.lng, 2 * radius + weight); // the stroke is centred on the circle
        drawn.push({ lat: first.lat, lng: first.lng, reach: radius + weight / 2, site: first });
        const marker = L.circleMarker([first.lat, first.lng], {
          renderer,
          radius,
          // District-only positions are hollow rings; the others solid dots with a white halo.
          color: precision === 'district' ? typeColor : '#ffffff',
          weight,
          fillColor: precision === 'district' ? '#ffffff' : typeColor,
          fillOpacity: precision === 'district' ? 0.6 : 1,
          className: 'relief-map__site',
        });
        marker.on('click', () => openRef.current(first));
        layers.push(marker);
      } else {
        const el = document.createElement('span');
        el.className = 'relief-map__cluster-count';
        el.textContent = String(c.items.length);
        const size = Math.round((22 + Math.min(16, Math.log2(c.items.length) * 3)) * scale);
        boxAt(c.lat, c.lng, size + 4); // and its 2 px border
        const marker = L.marker([c.lat, c.lng], {
          icon: L.divIcon({
            html: el,
            className: 'relief-map__cluster',
            iconSize: [size, size],
          }),
          keyboard: true,
          title: labelRef.current(c.items.length),
          alt: labelRef.current(c.items.length),
        });
        const zoomToMembers = () => {
          const bounds = L.latLngBounds(c.items.map((s) => [s.lat, s.lng] as [number, number]));
          const target = Math.min(map.getMaxZoom(), Math.max(map.getBoundsZoom(bounds), zoom + 2));
          map.setView(bounds.getCenter(), target);
        };
        // A button to the keyboard too: Enter or Space zooms in, then focus goes to the map (the
        // cluster itself is replaced by what it held), where the arrow keys pan.
        const onKey = (e: KeyboardEvent) => {
          if (e.key !== 'Enter' && e.key !== ' ') return;
          e.preventDefault();
          e.stopPropagation();
          zoomToMembers();
          map.getContainer().focus({ preventScroll: true });
        };
        marker.on('add', () => {
          const icon = marker.getElement();
          icon?.setAttribute('role', 'button');
          icon?.setAttribute('aria-label', labelRef.current(c.items.length));
          icon?.addEventListener('keydown', onKey);
        });
        marker.on('remove', () => marker.getElement()?.removeEventListener('keydown', onKey));
        marker.on('click', zoomToMembers);
        layers.push(marker);
      }
    }
    const group = L.layerGroup(layers).addTo(map);
    drawnRef.current = drawn;
    markers.publish({ zoom, boxes });
    markDrawn();
    return () => {
      group.remove();
    };
  }, [sites, zoom, map, renderer, scale, markers, project]);

  return null;
}

/**
 * The popup's content, which grows when the site's details arrive: Leaflet sizes and places a
 * popup when it opens, so it is told again whenever its content changes size.
 */
function PopupContent({
  popup,
  children,
}: {
  popup: RefObject<L.Popup | null>;
  children: ReactNode;
}) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const observer = new ResizeObserver(() => popup.current?.update());
    observer.observe(el);
    return () => observer.disconnect();
  }, [popup]);
  return <div ref={ref}>{children}</div>;
}

/** Fits Beijing on load and whenever the container changes size. */
function FitBeijing({ boundaries }: { boundaries: DistrictBoundaries }) {
  const map = useMap();
  // Not refitted when only the datum changes (another base layer): the view the user chose stays.
  const boundariesRef = useRef(boundaries);
  useEffect(() => {
    boundariesRef.current = boundaries;
  });
  useEffect(() => {
    const fit = () => {
      const bounds = boundsOf(boundariesRef.current);
      const size = map.getSize();
      if (!bounds || size.x <= 0 || size.y <= 0) return;
      map.fitBounds(bounds, { padding: [8, 8], animate: false });
    };
    fit();
    const container = map.getContainer();
    let last = `${container.clientWidth}x${container.clientHeight}`;
    const observer = new ResizeObserver(() => {
      const now = `${container.clientWidth}x${container.clientHeight}`;
      if (now === last) return;
      last = now;
      map.invalidateSize({ animate: false });
      fit();
    });
    observer.observe(container);
    return () => observer.disconnect();
  }, [map]);
  return null;
}

function Accessibility({
  label,
  onMap,
}: {
  label: string;
  onMap?: ((map: L.Map) => void) | undefined;
}) {
  const map = useMap();
  useEffect(() => {
    const container = map.getContainer();
    container.setAttribute('role', 'group');
    container.setAttribute('aria-label', label);
  }, [label, map]);
  useEffect(() => {
    onMap?.(map);
  }, [map, onMap]);
  return null;
}

/**
 * Its children are mounted in a background render after the first one: Leaflet's map is set up
 * in one task, and its layers are drawn in the next ones, rather than all in one long task.
 */
function AfterFirstRender({ children }: { children: ReactNode }) {
  const mounted = useDeferredValue(true, false);
  return mounted ? children : null;
}

export function MapView(props: MapViewProps) {
  const { boundaries, base, onTileError, openSite, onOpenSite, popup, labels } = props;
  const tile = base === 'offline' ? null : tileSpecs[base];
  const popupRef = useRef<L.Popup | null>(null);
  const markers = useMarkerBoxes();
  // Popups grow with the text on the 4K wall, as the markers do.
  const rem = useRootFontSize();
  return (
    <MapContainer
      className="relief-map__leaflet"
      center={[40.2, 116.4]}
      zoom={8}
      zoomSnap={0.25}
      zoomDelta={0.5}
      minZoom={6}
      maxZoom={16}
      zoomControl={false}
      attributionControl={false}
      scrollWheelZoom={false}
    >
      <Accessibility label={labels.map} onMap={props.onMap} />
      <ZoomControl position="topright" zoomInTitle={labels.zoomIn} zoomOutTitle={labels.zoomOut} />
      {tile && (
        <TileLayer
          key={base}
          url={tile.url}
          subdomains={tile.subdomains || 'abc'}
          maxZoom={tile.maxZoom}
          eventHandlers={{ tileerror: onTileError }}
        />
      )}
      <AfterFirstRender>
        {/* First, so that the shapes are drawn once, at the view that fits Beijing. */}
        <FitBeijing boundaries={boundaries} />
        <Districts
          boundaries={boundaries}
          looks={props.looks}
          selected={props.selected}
          onSelect={props.onSelect}
        />
        {/* Then labels and sites, at the zoom that fits Beijing. */}
        <AfterFirstRender>
          <Labels
            districts={props.districts}
            districtName={props.districtName}
            boundaries={boundaries}
            markers={markers}
          />
          <Sites
            sites={props.sites}
            onOpenSite={onOpenSite}
            clusterLabel={labels.cluster}
            markers={markers}
          />
        </AfterFirstRender>
      </AfterFirstRender>
      {openSite && (
        <Popup
          ref={popupRef}
          position={[openSite.lat, openSite.lng]}
          eventHandlers={{ remove: () => onOpenSite(null) }}
          maxWidth={(360 * rem) / 16}
        >
          <PopupContent popup={popupRef}>{popup}</PopupContent>
        </Popup>
      )}
    </MapContainer>
  );
}
