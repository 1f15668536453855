import { geoCircle } from 'd3';
import type { LineString, Polygon, Position } from 'geojson';
import { MAX_BAND_KM } from './bandRadii';
import { EARTH_RADIUS_KM, type LatLon } from './greatCircle';

/**
 * Angle between neighbouring vertices of a ring, seen from its centre, in degrees: 180 vertices
 * a ring. Renderers join vertices by great-circle arcs (d3.geoPath does), and such an arc strays
 * from the true circle by at most 0.0152% of the radius at this step (the worst case is a small
 * ring: 1 - cos(1°)); the issue allows 0.1%. See `ringEdgeError`.
 */
export const RING_STEP_DEGREES = 2;

/**
 * The INF range band around a launch point, as GeoJSON on the sphere.
 *
 * `area` is a valid GeoJSON Polygon (closed rings, longitudes in [-180, 180]) wound the way
 * d3-geo reads polygons on the sphere: each ring runs clockwise around what it encloses, so the
 * outer ring encloses the disc of the outer radius and the inner ring, reversed, cuts the hole.
 * This is the opposite of RFC 7946's planar right-hand rule, which cannot say which side of a
 * ring around a pole, or across the antimeridian, is inside; d3 can, so d3 draws it (geoPath cuts
 * at the antimeridian and fills the side that holds the pole). Leaflet's `L.circle` is no
 * substitute: it is drawn in Mercator pixels, scaled at its centre, so at Moscow's latitude a
 * 5,500 km one is thousands of km off true distance and cannot hold the pole.
 */
export interface RangeBandShape {
  area: Polygon;
  outerEdge: LineString;
  /** Null when the inner radius is 0. */
  innerEdge: LineString | null;
}

/** A distance on the Earth's surface as the angle it subtends at the centre, in degrees. */
export function kmToDegrees(km: number): number {
  return (km / EARTH_RADIUS_KM) * (180 / Math.PI);
}

/** The closed ring of points `radiusKm` from `center`, clockwise, RING_STEP_DEGREES apart. */
export function circleRing(center: LatLon, radiusKm: number): Position[] {
  const circle = geoCircle()
    .center([center.lon, center.lat])
    .radius(kmToDegrees(radiusKm))
    .precision(RING_STEP_DEGREES)();
  const ring = circle.coordinates[0]!;
  // d3 computes the closing point afresh, a rounding error off the first; GeoJSON wants it equal.
  ring[ring.length - 1] = [...ring[0]!];
  return ring;
}

/**
 * The band between `innerKm` and `outerKm` (0 ≤ inner < outer ≤ MAX_BAND_KM) around `center`.
 * An outer radius past a quarter of the circumference (10,008 km) is a disc bigger than a
 * hemisphere; its edge rings the antipode and the polygon is still right.
 */
export function rangeBandShape(
  center: LatLon,
  [innerKm, outerKm]: readonly [number, number],
): RangeBandShape {
  if (!(innerKm >= 0 && innerKm < outerKm && outerKm <= MAX_BAND_KM)) {
    throw new RangeError(`band ${innerKm}-${outerKm} km: needs 0 ≤ inner < outer ≤ ${MAX_BAND_KM}`);
  }
  const outer = circleRing(center, outerKm);
  const inner = innerKm > 0 ? circleRing(center, innerKm) : null;
  return {
    area: { type: 'Polygon', coordinates: inner ? [outer, [...inner].reverse()] : [outer] },
    outerEdge: { type: 'LineString', coordinates: outer },
    innerEdge: inner ? { type: 'LineString', coordinates: inner } : null,
  };
}

/**
 * How far, as a fraction of the radius, the great-circle arc between two neighbouring vertices
 * strays from the circle of `radiusKm`: at the arc's midpoint, by the spherical right triangle
 * centre–midpoint–vertex (cos r = cos d · cos h, sin h = sin r · sin(step / 2)).
 */
export function ringEdgeError(radiusKm: number, stepDegrees = RING_STEP_DEGREES): number {
  const r = radiusKm / EARTH_RADIUS_KM;
  const halfStep = ((stepDegrees / 2) * Math.PI) / 180;
  const halfChord = Math.asin(Math.sin(r) * Math.sin(halfStep));
  const midpoint = Math.acos(Math.min(1, Math.cos(r) / Math.cos(halfChord)));
  return Math.abs(r - midpoint) / r;
}
