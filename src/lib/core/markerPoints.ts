import { hasLocation } from './event';
import { mercatorUnit } from './mercatorUnit';
import type { TimeIndex } from './timeIndex';

/** Where each event of an index is on the map: Web Mercator units by position, NaN if unlocated. */
export interface MarkerPoints {
  readonly ux: Float64Array;
  readonly uy: Float64Array;
}

const cache = new WeakMap<TimeIndex, MarkerPoints>();

/**
 * The map positions of `index`'s events, projected once per dataset and kept with its index,
 * so a filter change only picks positions out of them.
 */
export function markerPoints(index: TimeIndex): MarkerPoints {
  let points = cache.get(index);
  if (points) return points;
  const n = index.events.length;
  const ux = new Float64Array(n).fill(NaN);
  const uy = new Float64Array(n).fill(NaN);
  for (let p = 0; p < n; p++) {
    const event = index.events[p]!;
    if (hasLocation(event)) [ux[p], uy[p]] = mercatorUnit(event.lat, event.lon);
  }
  cache.set(index, (points = { ux, uy }));
  return points;
}

/** How many of the events at `positions` (all for null) have a place on the map. */
export function locatedCount(points: MarkerPoints, positions: Int32Array | null): number {
  let count = 0;
  if (positions === null) {
    for (let p = 0; p < points.ux.length; p++) if (points.ux[p] === points.ux[p]) count++;
  } else {
    for (let k = 0; k < positions.length; k++) {
      const p = positions[k]!;
      if (points.ux[p] === points.ux[p]) count++; // NaN is the only value not equal to itself
    }
  }
  return count;
}
