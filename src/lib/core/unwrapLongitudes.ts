import type { Geometry, Position } from 'geojson';

/**
 * Makes each ring's longitudes continuous: where a ring jumps across the antimeridian (179.9 to
 * -179.9), the rest is shifted by 360 degrees. Drawn by Leaflet, which connects points as given,
 * Russia's and Fiji's shapes then stay whole instead of streaking across the whole world.
 */
export function unwrapLongitudes<G extends Geometry>(geometry: G): G {
  switch (geometry.type) {
    case 'Polygon':
      return { ...geometry, coordinates: geometry.coordinates.map(unwrapRing) };
    case 'MultiPolygon':
      return {
        ...geometry,
        coordinates: geometry.coordinates.map((polygon) => polygon.map(unwrapRing)),
      };
    case 'LineString':
      return { ...geometry, coordinates: unwrapRing(geometry.coordinates) };
    case 'MultiLineString':
      return { ...geometry, coordinates: geometry.coordinates.map(unwrapRing) };
    case 'GeometryCollection':
      return { ...geometry, geometries: geometry.geometries.map(unwrapLongitudes) };
    default:
      return geometry;
  }
}

function unwrapRing(ring: Position[]): Position[] {
  let previous: number | undefined;
  return ring.map(([lon, ...rest]) => {
    let unwrapped = lon!;
    if (previous !== undefined) {
      while (unwrapped - previous > 180) unwrapped -= 360;
      while (unwrapped - previous < -180) unwrapped += 360;
    }
    previous = unwrapped;
    return [unwrapped, ...rest];
  });
}
