/**
 * Base layers. Offline (no tiles) is the default and always available; online tile providers
 * are offered only when the build lists them (VITE_ONLINE_TILES), because the default CSP and the
 * meeting-room PCs have no internet. Each base layer has a datum: the map draws everything in it.
 */
import type { OnlineTileProvider } from '@/config/env';
import type { Datum } from '@/lib/geo/datum';

export type BaseLayerId = 'offline' | OnlineTileProvider;

export interface TileSpec {
  url: string;
  subdomains: string;
  attribution: string;
  maxZoom: number;
}

export const tileSpecs: Record<OnlineTileProvider, TileSpec> = {
  osm: {
    url: 'https://tile.openstreetmap.org/{z}/{x}/{y}.png',
    subdomains: '',
    attribution: '© OpenStreetMap contributors',
    maxZoom: 18,
  },
  amap: {
    url: 'https://webrd0{s}.is.autonavi.com/appmaptile?lang=zh_cn&size=1&scale=1&style=8&x={x}&y={y}&z={z}',
    subdomains: '1234',
    attribution: '© 高德地图 AutoNavi',
    maxZoom: 18,
  },
};

/** The datum everything is drawn in: OSM tiles are WGS-84, AMap's GCJ-02; the offline base
 * uses the boundaries' own datum (GCJ-02) so they need no conversion. */
export function datumOf(base: BaseLayerId): Datum {
  return base === 'osm' ? 'wgs84' : 'gcj02';
}

export const BASE_LAYER_STORAGE_KEY = 'relief.map.baseLayer';

export function availableBaseLayers(online: readonly OnlineTileProvider[]): BaseLayerId[] {
  return ['offline', ...online];
}

/** The remembered choice if this build still offers it, else offline. */
export function readBaseLayer(online: readonly OnlineTileProvider[]): BaseLayerId {
  let stored: string | null;
  try {
    stored = globalThis.localStorage?.getItem(BASE_LAYER_STORAGE_KEY) ?? null;
  } catch {
    stored = null;
  }
  return (availableBaseLayers(online) as string[]).includes(stored ?? '')
    ? (stored as BaseLayerId)
    : 'offline';
}

export function storeBaseLayer(base: BaseLayerId) {
  try {
    localStorage.setItem(BASE_LAYER_STORAGE_KEY, base);
  } catch {
    // private mode: the choice lasts for this visit
  }
}
