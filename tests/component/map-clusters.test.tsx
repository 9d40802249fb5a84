/**
 * Site clusters: a number standing for the sites in one spot. Clicking it, or Enter/Space when it
 * has the keyboard focus, zooms the map in to those sites. The real Leaflet map is observed
 * through Leaflet's init hook; jsdom has no layout, so the map's box is given a size.
 */
import { act, fireEvent, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import L from 'leaflet';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ReliefMap } from '@/features/map/components/ReliefMap';
import { renderWithApp } from '../support/render';

const maps: L.Map[] = [];
L.Map.addInitHook(function (this: L.Map) {
  maps.push(this);
});

beforeEach(() => {
  const size = (width: number) =>
    function (this: HTMLElement) {
      return this.classList.contains('leaflet-container') ? width : 0;
    };
  vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockImplementation(size(900));
  vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockImplementation(size(600));
});
afterEach(() => {
  vi.restoreAllMocks();
  maps.length = 0;
});

interface Spot {
  latLng: L.LatLng;
  count: number;
  el: HTMLElement | undefined;
}

/** Every site marker and cluster on the map, with how many sites each stands for. */
function spots(map: L.Map): Spot[] {
  const out: Spot[] = [];
  map.eachLayer((layer) => {
    if (layer instanceof L.CircleMarker && !(layer instanceof L.Circle)) {
      out.push({ latLng: layer.getLatLng(), count: 1, el: undefined });
    } else if (layer instanceof L.Marker) {
      const el = layer.getElement();
      if (el?.classList.contains('relief-map__cluster')) {
        out.push({ latLng: layer.getLatLng(), count: Number(el.textContent), el });
      }
    }
  });
  return out;
}

async function readyMap(container: HTMLElement): Promise<L.Map> {
  await waitFor(
    () => expect(container.querySelectorAll('path[data-district][data-state]').length).toBe(16),
    { timeout: 5000 },
  );
  const map = maps.at(-1)!;
  await waitFor(() => expect(spots(map).some((s) => s.count > 1)).toBe(true));
  return map;
}

/** The biggest cluster, so the test does not depend on how the seed happens to group. */
function biggestCluster(map: L.Map): Spot & { el: HTMLElement } {
  const clusters = spots(map).filter((s) => s.count > 1 && s.el);
  const best = clusters.sort((a, b) => b.count - a.count)[0];
  if (!best?.el) throw new Error('no cluster');
  return best as Spot & { el: HTMLElement };
}

/**
 * After zooming in: at least two levels closer (or as close as the map goes), and the view holds
 * the cluster's spot and at least its number of sites.
 */
async function expectZoomedTo(map: L.Map, cluster: Spot, zoomBefore: number) {
  await waitFor(() =>
    expect(map.getZoom()).toBeGreaterThanOrEqual(Math.min(map.getMaxZoom(), zoomBefore + 2)),
  );
  const view = map.getBounds();
  expect(view.contains(cluster.latLng)).toBe(true);
  await waitFor(() => {
    const inView = spots(map).filter((s) => view.contains(s.latLng));
    expect(inView.reduce((sum, s) => sum + s.count, 0)).toBeGreaterThanOrEqual(cluster.count);
  });
}

describe('site clusters', () => {
  it('say how many sites they hold, and a click zooms in to them', async () => {
    const { container } = renderWithApp(<ReliefMap />);
    const map = await readyMap(container);
    const cluster = biggestCluster(map);
    expect(cluster.el).toHaveAttribute('role', 'button');
    expect(cluster.el).toHaveAccessibleName(`${cluster.count} 个走访地点，点击放大`);
    const zoom = map.getZoom();
    fireEvent.click(cluster.el);
    await expectZoomedTo(map, cluster, zoom);
  });

  it('are in the Tab order and open with Enter or Space; focus then moves to the map', async () => {
    const { container } = renderWithApp(<ReliefMap />);
    const map = await readyMap(container);

    const first = biggestCluster(map);
    expect(first.el).toHaveAttribute('tabindex', '0');
    first.el.focus();
    const zoom = map.getZoom();
    await userEvent.keyboard('{Enter}');
    await expectZoomedTo(map, first, zoom);
    expect(document.activeElement).toBe(map.getContainer());

    // Back out, then Space on a cluster.
    // Leaflet fires zoomend within setZoom, and the sites layer re-renders for the new zoom.
    act(() => {
      map.setZoom(zoom, { animate: false });
    });
    await waitFor(() => expect(spots(map).some((s) => s.count > 1)).toBe(true));
    const second = biggestCluster(map);
    second.el.focus();
    const zoomBefore = map.getZoom();
    await userEvent.keyboard(' ');
    await expectZoomedTo(map, second, zoomBefore);
    expect(document.activeElement).toBe(map.getContainer());
  });
});
