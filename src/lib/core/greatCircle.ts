import { geoDistance } from 'd3';
import { bandPosition } from './bandPosition';
import { hasLocation, type DatelineEvent } from './event';

/** A geographic position in degrees (WGS84 latitude and longitude). Never a pixel. */
export interface LatLon {
  lat: number;
  lon: number;
}

/**
 * Mean Earth radius (IUGG R1), km. Distances are great circles on this sphere (d3's
 * `geoDistance`, a haversine). Against the WGS84 ellipsoid's geodesics they are off by at most
 * about 0.6% (the worst: short north-south distances near the equator; under 0.2% on average),
 * that is at most 33 km at the band's 5,500 km edge, a few pixels at any zoom that shows the
 * whole band. greatCircle.test.ts checks the bound against Vincenty's WGS84 distances.
 */
export const EARTH_RADIUS_KM = 6371.0088;

/** Great-circle distance between two positions, in km. */
export function greatCircleKm(a: LatLon, b: LatLon): number {
  return geoDistance([a.lon, a.lat], [b.lon, b.lat]) * EARTH_RADIUS_KM;
}

/** Distance in km from `center` to every located event, by id. */
export function distancesFrom(
  center: LatLon,
  events: readonly DatelineEvent[],
): Map<string, number> {
  const distances = new Map<string, number>();
  for (const event of events) {
    if (hasLocation(event)) distances.set(event.id, greatCircleKm(center, event));
  }
  return distances;
}

/** Ids whose distance lies in [inner, outer] km, edges included. */
export function idsWithin(
  distances: ReadonlyMap<string, number>,
  [inner, outer]: readonly [number, number],
): Set<string> {
  const ids = new Set<string>();
  for (const [id, km] of distances) if (bandPosition(km, [inner, outer]) === 'inside') ids.add(id);
  return ids;
}
