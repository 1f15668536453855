import { geoArea, geoContains, geoInterpolate } from 'd3';
import type { Polygon, Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { EARTH_RADIUS_KM, greatCircleKm, type LatLon } from './greatCircle';
import { RING_STEP_DEGREES, rangeBandShape, ringEdgeError } from './rangeBandShape';

const moscow = { lat: 55.7558, lon: 37.6173 };
const tripoli = { lat: 32.8872, lon: 13.1913 };
const at = ([lon, lat]: Position): LatLon => ({ lat: lat!, lon: lon! });
const contains = (polygon: Polygon, p: LatLon) => geoContains(polygon, [p.lon, p.lat]);

/** RFC 7946 structure: closed rings of at least four finite positions within range. */
function expectValidPolygon(polygon: Polygon) {
  expect(polygon.type).toBe('Polygon');
  expect(polygon.coordinates.length).toBeGreaterThan(0);
  for (const ring of polygon.coordinates) {
    expect(ring.length).toBeGreaterThanOrEqual(4);
    expect(ring[ring.length - 1]).toEqual(ring[0]);
    for (const [lon, lat, ...rest] of ring) {
      expect(rest).toEqual([]);
      expect(Number.isFinite(lon) && Number.isFinite(lat)).toBe(true);
      expect(Math.abs(lon!)).toBeLessThanOrEqual(180);
      expect(Math.abs(lat!)).toBeLessThanOrEqual(90);
    }
  }
}

/** The area of the band on the unit sphere, in steradians: 2π (cos inner − cos outer). */
const annulusSteradians = (innerKm: number, outerKm: number) =>
  2 * Math.PI * (Math.cos(innerKm / EARTH_RADIUS_KM) - Math.cos(outerKm / EARTH_RADIUS_KM));

/** The polygon's area on the sphere within 0.1% of the true annulus: the right side is filled. */
function expectAreaNear(polygon: Polygon, steradians: number) {
  expect(Math.abs(geoArea(polygon) / steradians - 1)).toBeLessThan(0.001);
}

/** Worst relative error along a ring: at each vertex and at the midpoint of each edge. */
function worstRingError(center: LatLon, ring: Position[], radiusKm: number) {
  let vertices = 0;
  let edges = 0;
  for (let i = 0; i + 1 < ring.length; i++) {
    vertices = Math.max(vertices, Math.abs(greatCircleKm(center, at(ring[i]!)) / radiusKm - 1));
    const mid = geoInterpolate(ring[i] as [number, number], ring[i + 1] as [number, number])(0.5);
    edges = Math.max(edges, Math.abs(greatCircleKm(center, at(mid)) / radiusKm - 1));
  }
  return { vertices, edges };
}

describe('rangeBandShape', () => {
  const centres: LatLon[] = [
    moscow,
    { lat: 89, lon: 0 },
    { lat: 0, lon: 170 },
    { lat: -45, lon: -60 },
  ];
  const radii = [1, 500, 5500, 10_000, 15_000, 20_000];

  it('puts every vertex and every edge of both rings within 0.1% of its radius', () => {
    for (const center of centres) {
      for (const [inner, outer] of [
        [radii[0]!, radii[1]!],
        [radii[1]!, radii[2]!],
        [radii[3]!, radii[4]!],
        [radii[2]!, radii[5]!],
      ] as const) {
        const shape = rangeBandShape(center, [inner, outer]);
        for (const [ring, km] of [
          [shape.outerEdge.coordinates, outer],
          [shape.innerEdge!.coordinates, inner],
        ] as const) {
          const { vertices, edges } = worstRingError(center, ring, km);
          expect(vertices).toBeLessThan(1e-6);
          expect(edges).toBeLessThan(0.001);
          expect(ring).toHaveLength(360 / RING_STEP_DEGREES + 1);
        }
      }
    }
  });

  it('states its edge error truthfully: 0.015% at worst', () => {
    for (const km of radii) {
      const { edges } = worstRingError(
        moscow,
        rangeBandShape(moscow, [0, km]).outerEdge.coordinates,
        km,
      );
      expect(edges).toBeCloseTo(ringEdgeError(km), 6);
      expect(ringEdgeError(km)).toBeLessThan(0.000153);
    }
  });

  it('around Moscow, 500-5,500 km: holds the North Pole and Tripoli, not Moscow', () => {
    const { area, innerEdge } = rangeBandShape(moscow, [500, 5500]);
    expectValidPolygon(area);
    expect(area.coordinates).toHaveLength(2);
    expect(innerEdge).not.toBeNull();
    expect(contains(area, { lat: 90, lon: 0 })).toBe(true);
    expect(contains(area, { lat: 82.5, lon: 20 })).toBe(true); // Arctic Ocean, north of Svalbard
    expect(contains(area, tripoli)).toBe(true);
    expect(contains(area, moscow)).toBe(false);
    expect(contains(area, { lat: 53.96, lon: 37.6173 })).toBe(false); // 200 km south
    expect(contains(area, { lat: -90, lon: 0 })).toBe(false);
    expect(contains(area, { lat: 38.9072, lon: -77.0369 })).toBe(false); // Washington
    expectAreaNear(area, annulusSteradians(500, 5500));
  });

  it('around 89° N: the pole falls in the hole, the band rings it at every longitude', () => {
    const { area } = rangeBandShape({ lat: 89, lon: 0 }, [500, 5500]);
    expectValidPolygon(area);
    expect(contains(area, { lat: 90, lon: 0 })).toBe(false);
    for (let lon = -180; lon < 180; lon += 15) {
      expect(contains(area, { lat: 80, lon })).toBe(true);
      expect(contains(area, { lat: 30, lon })).toBe(false);
    }
    expectAreaNear(area, annulusSteradians(500, 5500));
  });

  it('around 170° E: crosses the antimeridian and holds both sides of it', () => {
    const { area } = rangeBandShape({ lat: 0, lon: 170 }, [500, 5500]);
    expectValidPolygon(area);
    const lons = area.coordinates[0]!.map(([lon]) => lon!);
    expect(Math.max(...lons)).toBeGreaterThan(175);
    expect(Math.min(...lons)).toBeLessThan(-175);
    expect(contains(area, { lat: 0, lon: -170 })).toBe(true); // 2,224 km east, across 180°
    expect(contains(area, { lat: 0, lon: 150 })).toBe(true);
    expect(contains(area, { lat: 0, lon: 170 })).toBe(false);
    expect(contains(area, { lat: 0, lon: -10 })).toBe(false); // the antipode
    expectAreaNear(area, annulusSteradians(500, 5500));
  });

  it('with inner radius 0: a disc without a hole, holding its centre', () => {
    const shape = rangeBandShape(moscow, [0, 5500]);
    expectValidPolygon(shape.area);
    expect(shape.area.coordinates).toHaveLength(1);
    expect(shape.innerEdge).toBeNull();
    expect(contains(shape.area, moscow)).toBe(true);
    expectAreaNear(shape.area, annulusSteradians(0, 5500));
  });

  it('past a quarter of the circumference and up to 20,000 km: wraps round the antipode', () => {
    const antipode = { lat: -moscow.lat, lon: moscow.lon - 180 };
    for (const outer of [15_000, 20_000]) {
      const { area } = rangeBandShape(moscow, [500, outer]);
      expectValidPolygon(area);
      expect(geoArea(area)).toBeGreaterThan(2 * Math.PI); // more than a hemisphere
      expectAreaNear(area, annulusSteradians(500, outer));
      expect(contains(area, antipode)).toBe(false);
      expect(contains(area, { lat: -60, lon: moscow.lon })).toBe(true); // 12,877 km south
      expect(contains(area, moscow)).toBe(false);
    }
    // 20,000 km leaves only a 15 km disc round the antipode outside the band.
    const wide = rangeBandShape(moscow, [500, 20_000]).area;
    expect(contains(wide, { lat: antipode.lat + 0.2, lon: antipode.lon })).toBe(true);
  });

  it('refuses radii outside 0 ≤ inner < outer ≤ 20,000 km', () => {
    expect(() => rangeBandShape(moscow, [-1, 500])).toThrow(RangeError);
    expect(() => rangeBandShape(moscow, [500, 500])).toThrow(RangeError);
    expect(() => rangeBandShape(moscow, [500, 20_001])).toThrow(RangeError);
    expect(() => rangeBandShape(moscow, [Number.NaN, 500])).toThrow(RangeError);
  });
});
