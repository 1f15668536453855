/** Leaflet's (and every web map's) latitude limit for Web Mercator. */
const MAX_LATITUDE = 85.0511287798;

/**
 * Web Mercator coordinates in the unit square (x east from −180°, y south from the top), the
 * same projection as Leaflet's EPSG:3857 before its zoom scale (256 × 2^zoom pixels per world).
 * Geographic coordinates are projected once per dataset; a zoom only rescales them.
 */
export function mercatorUnit(lat: number, lon: number): [x: number, y: number] {
  const phi = (Math.max(-MAX_LATITUDE, Math.min(MAX_LATITUDE, lat)) * Math.PI) / 180;
  return [0.5 + lon / 360, 0.5 - Math.log(Math.tan(Math.PI / 4 + phi / 2)) / (2 * Math.PI)];
}

/** The inverse of `mercatorUnit`: the latitude and longitude of a point of the unit square. */
export function fromMercatorUnit(x: number, y: number): [lat: number, lon: number] {
  const lat = ((2 * Math.atan(Math.exp((0.5 - y) * 2 * Math.PI)) - Math.PI / 2) * 180) / Math.PI;
  return [lat, (x - 0.5) * 360];
}
