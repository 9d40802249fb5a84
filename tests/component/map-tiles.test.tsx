/**
 * The map's optional online base layers, in a build configured with VITE_ONLINE_TILES=osm,amap
 * (the env module parses that value here as it would at build time). The real Leaflet map is
 * observed through Leaflet's own init hook, to read where it drew boundaries and sites.
 */
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { readFileSync } from 'node:fs';
import L from 'leaflet';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Activity, Site } from '@/api/contract';
import type * as EnvModuleType from '@/config/env';
import { ReliefMap } from '@/features/map/components/ReliefMap';
import { distanceMetres } from '@/lib/geo/datum';
import { testStore } from '@mocks/node';
import { renderWithApp } from '../support/render';

type EnvModule = typeof EnvModuleType;
const tiles = vi.hoisted(() => ({ value: 'osm,amap' }));
vi.mock('@/config/env', async (importOriginal) => {
  const actual = await importOriginal<EnvModule>();
  return {
    ...actual,
    env: {
      ...actual.env,
      get onlineTiles() {
        return actual.parseEnv({ ...import.meta.env, VITE_ONLINE_TILES: tiles.value }).onlineTiles;
      },
    },
  };
});

const maps: L.Map[] = [];
L.Map.addInitHook(function (this: L.Map) {
  maps.push(this);
});
afterEach(() => {
  tiles.value = 'osm,amap';
  maps.length = 0;
});

const region = () => screen.getByRole('region', { name: /^(救灾帮扶分布图|Where relief went)$/ });
const baseSelect = () => within(region()).getByRole('combobox', { name: /^(底图|Base map)$/ });
const currentMap = () => {
  const map = maps.at(-1);
  if (!map) throw new Error('no Leaflet map was created');
  return map;
};

async function mapDrawn(container: HTMLElement) {
  await waitFor(
    () => expect(container.querySelectorAll('path[data-district][data-state]').length).toBe(16),
    { timeout: 5000 },
  );
}

// Tiananmen: WGS-84 116.3912, 39.9067 is GCJ-02 ≈ 116.3975, 39.9081 (published pair; see
// tests/unit/geo-datum.test.ts). A site recorded there (sites are stored in WGS-84).
const TIANANMEN_WGS = [116.3912, 39.9067] as const;
const TIANANMEN_GCJ = [116.3975, 39.9081] as const;

async function addTiananmenSite() {
  const snapshot = testStore.snapshot();
  const site: Site = {
    ...snapshot.sites[0]!,
    id: 'tiananmen',
    districtCode: '110101',
    name: { zh: '天安门测试点', en: 'Tiananmen test site' },
    location: { lon: TIANANMEN_WGS[0], lat: TIANANMEN_WGS[1], precision: 'exact' },
  };
  const activity: Activity = {
    ...snapshot.activities[0]!,
    id: 'tiananmen-act',
    districtCodes: ['110101'],
    siteIds: ['tiananmen'],
  };
  await testStore.replace({
    ...snapshot,
    sites: [...snapshot.sites, site],
    activities: [...snapshot.activities, activity],
  });
}

/** The drawn position of the site marker nearest Tiananmen, as [lon, lat]. */
function tiananmenMarker(map: L.Map): [number, number] {
  const found: [number, number][] = [];
  map.eachLayer((layer) => {
    if (layer instanceof L.CircleMarker) {
      const { lat, lng } = layer.getLatLng();
      if (distanceMetres([lng, lat], TIANANMEN_WGS) < 2000) found.push([lng, lat]);
    }
  });
  expect(found).toHaveLength(1);
  return found[0]!;
}

type FeatureLayer = L.Polygon & { feature?: { properties: { adcode: string } } };

/** The first vertex of Dongcheng's outline as drawn, as [lon, lat]. */
function dongchengVertex(map: L.Map): [number, number] {
  let vertex: [number, number] | null = null;
  map.eachLayer((layer) => {
    const f = layer as FeatureLayer;
    if (f instanceof L.Polygon && f.feature?.properties.adcode === '110101') {
      const rings = f.getLatLngs() as L.LatLng[][] | L.LatLng[][][];
      const first = (Array.isArray(rings[0]?.[0]) ? rings[0]?.[0] : rings[0]) as L.LatLng[];
      vertex = [first[0]!.lng, first[0]!.lat];
    }
  });
  if (!vertex) throw new Error('Dongcheng is not drawn');
  return vertex;
}

/** Dongcheng's first vertex in the bundled boundary data (GCJ-02, see docs/api.md "Datums"). */
function dongchengVertexInData(): [number, number] {
  const geo = JSON.parse(readFileSync('mocks/data/geo/beijing-districts.geojson', 'utf8')) as {
    features: {
      properties: { adcode: string | number };
      geometry: { type: string; coordinates: unknown };
    }[];
  };
  const f = geo.features.find((x) => String(x.properties.adcode) === '110101')!;
  const c = f.geometry.coordinates as number[][][] | number[][][][];
  const ring = (f.geometry.type === 'Polygon' ? c[0] : (c as number[][][][])[0]![0]) as number[][];
  return [ring[0]![0]!, ring[0]![1]!];
}

describe('map base layers (build with VITE_ONLINE_TILES=osm,amap)', () => {
  it('offers no base-layer setting and loads no tiles when the build lists none', async () => {
    tiles.value = '';
    const { container } = renderWithApp(<ReliefMap />);
    await mapDrawn(container);
    expect(within(region()).queryByRole('combobox', { name: '底图' })).not.toBeInTheDocument();
    expect(within(region()).getAllByRole('combobox')).toHaveLength(1); // the measure only
    expect(container.querySelector('.leaflet-tile')).toBeNull();
    expect(region()).toHaveTextContent('边界数据：Apache ECharts 4.9.0 Beijing map (Apache-2.0)');
    expect(region()).not.toHaveTextContent('底图：');
  });

  it('offers offline, OpenStreetMap and AMap, offline first, and remembers the choice', async () => {
    const { container, unmount } = renderWithApp(<ReliefMap />);
    await mapDrawn(container);
    const options = within(baseSelect()).getAllByRole('option');
    expect(options.map((o) => (o as HTMLOptionElement).value)).toEqual(['offline', 'osm', 'amap']);
    expect(baseSelect()).toHaveValue('offline');
    expect(container.querySelector('.leaflet-tile')).toBeNull();

    await userEvent.selectOptions(baseSelect(), 'osm');
    await waitFor(() => expect(container.querySelector('img.leaflet-tile')).not.toBeNull());
    expect(container.querySelector('img.leaflet-tile')!.getAttribute('src')).toMatch(
      /^https:\/\/tile\.openstreetmap\.org\/\d+\/\d+\/\d+\.png$/,
    );
    unmount();

    const again = renderWithApp(<ReliefMap />);
    await mapDrawn(again.container);
    expect(baseSelect()).toHaveValue('osm');
  });

  it('draws boundaries and sites in GCJ-02 on AMap and in WGS-84 on OpenStreetMap', async () => {
    await addTiananmenSite();
    const { container } = renderWithApp(<ReliefMap />);
    await mapDrawn(container);
    const map = currentMap();
    // One marker, not a cluster. Leaflet fires zoomend within setView: the sites re-render.
    act(() => {
      map.setView([39.908, 116.394], 16, { animate: false });
    });
    const inData = dongchengVertexInData();

    // Offline: the boundaries' own datum (GCJ-02); sites converted to it.
    await waitFor(() => tiananmenMarker(map));
    expect(dongchengVertex(map)).toEqual(inData);

    await userEvent.selectOptions(baseSelect(), 'amap');
    await waitFor(() =>
      expect(container.querySelector('img.leaflet-tile')?.getAttribute('src')).toMatch(
        /^https:\/\/webrd0[1-4]\.is\.autonavi\.com\/appmaptile\?/,
      ),
    );
    const onAmap = tiananmenMarker(map);
    expect(distanceMetres(onAmap, TIANANMEN_GCJ)).toBeLessThan(30);
    expect(distanceMetres(onAmap, TIANANMEN_WGS)).toBeGreaterThan(400);
    expect(dongchengVertex(map)).toEqual(inData);

    await userEvent.selectOptions(baseSelect(), 'osm');
    await waitFor(() =>
      expect(container.querySelector('img.leaflet-tile')?.getAttribute('src')).toMatch(
        /openstreetmap/,
      ),
    );
    await waitFor(() => expect(tiananmenMarker(map)).toEqual([...TIANANMEN_WGS]));
    // Boundaries moved back by the same shift: west and south by a few hundred metres.
    const onOsm = dongchengVertex(map);
    const shift = distanceMetres(onOsm, inData);
    expect(shift).toBeGreaterThan(400);
    expect(shift).toBeLessThan(700);
    expect(onOsm[0]).toBeLessThan(inData[0]);
    expect(onOsm[1]).toBeLessThan(inData[1]);
    // Sites and boundaries moved together: the site keeps its place relative to its district.
    const before = [onAmap[0] - inData[0], onAmap[1] - inData[1]];
    const after = [TIANANMEN_WGS[0] - onOsm[0], TIANANMEN_WGS[1] - onOsm[1]];
    expect(after[0]).toBeCloseTo(before[0]!, 4);
    expect(after[1]).toBeCloseTo(before[1]!, 4);
  });

  it('credits the tiles while they are shown, and the boundary data always', async () => {
    const { container } = renderWithApp(<ReliefMap />);
    await mapDrawn(container);
    const attribution = () => container.querySelector('.relief-map__attribution')!;
    expect(attribution()).toHaveTextContent(
      /^边界数据：Apache ECharts 4\.9\.0 Beijing map \(Apache-2\.0\)/,
    );
    expect(attribution()).not.toHaveTextContent('底图');

    await userEvent.selectOptions(baseSelect(), 'osm');
    await waitFor(() =>
      expect(attribution()).toHaveTextContent('底图：© OpenStreetMap contributors'),
    );
    expect(attribution()).toHaveTextContent('边界数据：');

    await userEvent.selectOptions(baseSelect(), 'amap');
    await waitFor(() => expect(attribution()).toHaveTextContent('底图：© 高德地图 AutoNavi'));
    expect(attribution()).not.toHaveTextContent('OpenStreetMap');
    expect(attribution()).toHaveTextContent('边界数据：');
  });

  it.each([
    ['zh-CN', '在线底图瓦片无法加载', '边界数据：Apache ECharts 4.9.0 Beijing map (Apache-2.0)'],
    [
      'en',
      'Online map tiles could not be loaded',
      'Boundaries: Apache ECharts 4.9.0 Beijing map (Apache-2.0)',
    ],
  ])(
    'when a tile fails to load, falls back to the vector base and says why (%s)',
    async (lang, message, credit) => {
      // The language is set before the first render, so the page opens in it (a change after
      // rendering would re-render the mounted map outside act).
      const { i18n } = await import('@/i18n');
      await i18n.changeLanguage(lang);
      const { container, location } = renderWithApp(<ReliefMap />, { url: `/?lang=${lang}` });
      await mapDrawn(container);
      const status = within(region()).getByTestId('map-tile-status');
      // The live region is there before anything goes wrong, so the message is announced.
      expect(status).toHaveAttribute('role', 'status');
      expect(status).toHaveAttribute('aria-live', 'polite');
      expect(status).toBeEmptyDOMElement();

      await userEvent.selectOptions(baseSelect(), 'amap');
      const tile = await waitFor(() => {
        const img = container.querySelector<HTMLImageElement>('img.leaflet-tile');
        expect(img).not.toBeNull();
        return img!;
      });
      // What a browser does when the tile host is unreachable or blocked by the CSP.
      fireEvent.error(tile);

      await waitFor(() => expect(status).toHaveTextContent(message));
      expect(status).toBeVisible();
      expect(container.querySelector('.leaflet-tile')).toBeNull();
      expect(container.querySelector('.relief-map__attribution')).toHaveTextContent(credit);
      expect(container.querySelector('.relief-map__attribution')).not.toHaveTextContent('AutoNavi');
      // Still a working map: 16 districts, and clicking one selects it.
      await mapDrawn(container);
      fireEvent.click(container.querySelector('path[data-district="110111"]')!);
      await waitFor(() => expect(location.history?.at(-1)).toContain('district=110111'));

      // Choosing a base layer again retries, and clears the message.
      await userEvent.selectOptions(baseSelect(), 'osm');
      await waitFor(() => expect(container.querySelector('img.leaflet-tile')).not.toBeNull());
      expect(status).toBeEmptyDOMElement();
    },
  );
});
