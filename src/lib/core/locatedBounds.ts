import type { MarkerPoints } from './markerPoints';
import { fromMercatorUnit } from './mercatorUnit';

/** South-west and north-east corners, as [lat, lon] pairs (the shape Leaflet's bounds take). */
export type LatLonBounds = [[number, number], [number, number]];

/**
 * The smallest latitude/longitude box holding every located event, or null when none is. It
 * reads the positions projected once per dataset (`markerPoints`), not the events: at 200,000
 * events a pass over the objects cost 0.15 s of the load. Web Mercator keeps the order of
 * latitudes and of longitudes, so the box of the projected points is the box of the places.
 */
export function locatedBounds({ ux, uy }: MarkerPoints): LatLonBounds | null {
  let west = Infinity;
  let east = -Infinity;
  let top = Infinity;
  let bottom = -Infinity;
  for (let p = 0; p < ux.length; p++) {
    const x = ux[p]!;
    if (x !== x) continue; // NaN: no place
    const y = uy[p]!;
    if (x < west) west = x;
    if (x > east) east = x;
    if (y < top) top = y;
    if (y > bottom) bottom = y;
  }
  if (!(west <= east)) return null;
  // The unit square's y grows southwards: its bottom is the south edge.
  return [fromMercatorUnit(west, bottom), fromMercatorUnit(east, top)];
}
