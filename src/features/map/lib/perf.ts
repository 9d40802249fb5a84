/**
 * Performance marks the benchmark reads (scripts/bench.mjs): `map:draw` is the first draw of the
 * map's layers once data is there; `map:measure-change` is from choosing a measure to the
 * districts restyled.
 */
let drawStarted = false;
let drawn = false;
let measureChangePending = false;

function supported(): boolean {
  return typeof performance !== 'undefined' && typeof performance.mark === 'function';
}

export function markDrawStart() {
  if (drawStarted || !supported()) return;
  drawStarted = true;
  performance.mark('map:draw:start');
}

export function markDrawn() {
  if (!drawStarted || drawn || !supported()) return;
  drawn = true;
  performance.mark('map:draw:end');
  performance.measure('map:draw', 'map:draw:start', 'map:draw:end');
}

export function markMeasureChangeStart() {
  if (!supported()) return;
  measureChangePending = true;
  performance.mark('map:measure-change:start');
}

export function markMeasureChanged() {
  if (!measureChangePending || !supported()) return;
  measureChangePending = false;
  performance.mark('map:measure-change:end');
  performance.measure('map:measure-change', 'map:measure-change:start', 'map:measure-change:end');
}
