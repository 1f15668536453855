import { hasLocation, type DatelineEvent } from './event';
import { mercatorUnit } from './mercatorUnit';
import type { TimeIndex } from './timeIndex';

/** Where each event of an index is on the map: Web Mercator units by position, NaN if unlocated. */
export interface MarkerPoints {
  readonly ux: Float64Array;
  readonly uy: Float64Array;
  /** How many are located (not NaN), when counted. */
  readonly located?: number;
}

const cache = new WeakMap<TimeIndex, MarkerPoints>();

/**
 * The map positions of `index`'s events, projected once per dataset and kept with its index,
 * so a filter change only picks positions out of them.
 */
export function markerPoints(index: TimeIndex): MarkerPoints {
  let points = cache.get(index);
  if (!points) cache.set(index, (points = markerPointsOf(index.events)));
  return points;
}

/** The map positions of `events` (an index's, in its order): what `markerPoints` keeps. */
export function markerPointsOf(events: readonly DatelineEvent[]): MarkerPoints {
  const n = events.length;
  const ux = new Float64Array(n).fill(NaN);
  const uy = new Float64Array(n).fill(NaN);
  let located = 0;
  for (let p = 0; p < n; p++) {
    const event = events[p]!;
    if (!hasLocation(event)) continue;
    [ux[p], uy[p]] = mercatorUnit(event.lat, event.lon);
    located++;
  }
  return { ux, uy, located };
}

/** Keeps `points` (projected elsewhere, the import worker, over `index`'s events) as `index`'s. */
export function adoptMarkerPoints(index: TimeIndex, points: MarkerPoints): void {
  cache.set(index, points);
}

/** How many of the events at `positions` (all for null) have a place on the map. */
export function locatedCount(points: MarkerPoints, positions: Int32Array | null): number {
  if (positions === null && points.located !== undefined) return points.located;
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
