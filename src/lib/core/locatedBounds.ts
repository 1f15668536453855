import type { DatelineEvent } from './event';

/** South-west and north-east corners, as [lat, lon] pairs (the shape Leaflet's bounds take). */
export type LatLonBounds = [[number, number], [number, number]];

/**
 * The smallest latitude/longitude box holding every event that has a place, or null when none
 * has. One pass of min/max, so framing 100,000 events builds no object per event.
 */
export function locatedBounds(events: readonly DatelineEvent[]): LatLonBounds | null {
  let south = Infinity;
  let west = Infinity;
  let north = -Infinity;
  let east = -Infinity;
  for (const { lat, lon } of events) {
    if (typeof lat !== 'number' || typeof lon !== 'number') continue;
    if (lat < south) south = lat;
    if (lat > north) north = lat;
    if (lon < west) west = lon;
    if (lon > east) east = lon;
  }
  return south <= north
    ? [
        [south, west],
        [north, east],
      ]
    : null;
}
