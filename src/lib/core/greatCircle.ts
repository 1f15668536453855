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

const RADIANS = Math.PI / 180;

/**
 * Distance in km from `center` to every located event, by id: the same formula as d3's
 * `geoDistance` (atan2 of the chord's parts, accurate at every distance), with the centre's
 * sines and cosines taken once. It runs for every event at each frame of a band drag.
 */
export function distancesFrom(
  center: LatLon,
  events: readonly DatelineEvent[],
): Map<string, number> {
  const distances = new Map<string, number>();
  const sinLat0 = Math.sin(center.lat * RADIANS);
  const cosLat0 = Math.cos(center.lat * RADIANS);
  for (const event of events) {
    if (!hasLocation(event)) continue;
    const lat = event.lat * RADIANS;
    const dLon = (event.lon - center.lon) * RADIANS;
    const sinLat = Math.sin(lat);
    const cosLat = Math.cos(lat);
    const cosDLon = Math.cos(dLon);
    const x = cosLat * Math.sin(dLon);
    const y = cosLat0 * sinLat - sinLat0 * cosLat * cosDLon;
    const z = sinLat0 * sinLat + cosLat0 * cosLat * cosDLon;
    distances.set(event.id, Math.atan2(Math.sqrt(x * x + y * y), z) * EARTH_RADIUS_KM);
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
