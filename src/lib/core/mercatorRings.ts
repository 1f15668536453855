import type { Geometry, Position } from 'geojson';
import { mercatorUnit } from './mercatorUnit';

/**
 * The rings and lines of some geometries in Web Mercator unit coordinates (see mercatorUnit),
 * end to end in one array: projected once, so a map that draws them at any zoom only rescales.
 */
export interface MercatorRings {
  /** x, y of every point, ring after ring. */
  xy: Float64Array;
  /** Where each ring starts, in points, then the total: ring r is points starts[r]…starts[r+1]. */
  starts: Uint32Array;
  /** The points' extent in x (unit widths: a shape kept whole across 180° passes 1). */
  minX: number;
  maxX: number;
}

/**
 * Polygons' rings (outer and holes alike) and lines, in the order given; points are left out,
 * as are rings and lines of fewer than two points (nothing to draw). Each ring's longitudes are
 * made continuous: where it jumps across the antimeridian (179.9 to −179.9), the rest is
 * shifted by 360°, so that Russia and Fiji, drawn point to point, stay whole instead of
 * streaking across the world.
 */
export function mercatorRings(geometries: Iterable<Geometry>): MercatorRings {
  const rings: Position[][] = [];
  const collect = (geometry: Geometry): void => {
    switch (geometry.type) {
      case 'Polygon':
      case 'MultiLineString':
        for (const ring of geometry.coordinates) rings.push(ring);
        break;
      case 'MultiPolygon':
        for (const polygon of geometry.coordinates) for (const ring of polygon) rings.push(ring);
        break;
      case 'LineString':
        rings.push(geometry.coordinates);
        break;
      case 'GeometryCollection':
        geometry.geometries.forEach(collect);
        break;
      default:
        break;
    }
  };
  for (const geometry of geometries) collect(geometry);
  const drawn = rings.filter((ring) => ring.length >= 2);
  const starts = new Uint32Array(drawn.length + 1);
  for (let r = 0; r < drawn.length; r++) starts[r + 1] = starts[r]! + drawn[r]!.length;
  const xy = new Float64Array(2 * starts[drawn.length]!);
  let minX = Infinity;
  let maxX = -Infinity;
  let at = 0;
  for (const ring of drawn) {
    let previous = ring[0]![0]!;
    for (const [lon, lat] of ring) {
      let unwrapped = lon!;
      while (unwrapped - previous > 180) unwrapped -= 360;
      while (unwrapped - previous < -180) unwrapped += 360;
      previous = unwrapped;
      const [x, y] = mercatorUnit(lat!, unwrapped);
      xy[at++] = x;
      xy[at++] = y;
      if (x < minX) minX = x;
      if (x > maxX) maxX = x;
    }
  }
  return { xy, starts, minX, maxX };
}
