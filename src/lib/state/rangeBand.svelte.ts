import type { LatLon } from '../core';

/** Moscow: the INF treaty's Russian side, and where three seed events are. */
export const DEFAULT_LAUNCH_POINT: LatLon = { lat: 55.7558, lon: 37.6173 };
export const DEFAULT_BAND_KM: readonly [number, number] = [500, 5500];

/**
 * The INF range band's part of the app state: a launch point and an inner and outer radius.
 * Share link: `ring` (lat,lon) and `band` (min-max km).
 */
export class RangeBand {
  center = $state.raw<LatLon>(DEFAULT_LAUNCH_POINT);
  radiiKm = $state.raw<readonly [number, number]>(DEFAULT_BAND_KM);
  visible = $state(true);
  /** Filter the view to events inside the band. */
  onlyInside = $state(false);
}
