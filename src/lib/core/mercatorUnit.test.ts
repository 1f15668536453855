import { describe, expect, it } from 'vitest';
import { fromMercatorUnit, mercatorUnit } from './mercatorUnit';

describe('mercatorUnit', () => {
  it('puts (0, 0) at the centre and the date line at the edges', () => {
    expect(mercatorUnit(0, 0)).toEqual([0.5, 0.5]);
    expect(mercatorUnit(0, -180)[0]).toBe(0);
    expect(mercatorUnit(0, 180)[0]).toBe(1);
  });

  it('reaches the top and bottom at Web Mercator’s latitude limit, and clamps beyond it', () => {
    expect(mercatorUnit(85.0511287798, 0)[1]).toBeCloseTo(0, 9);
    expect(mercatorUnit(-85.0511287798, 0)[1]).toBeCloseTo(1, 9);
    expect(mercatorUnit(90, 0)).toEqual(mercatorUnit(85.0511287798, 0));
  });

  it('matches Leaflet’s EPSG:3857 pixels at zoom 0 (Tobruk, from L.CRS.EPSG3857.latLngToPoint)', () => {
    // Leaflet 1.9: L.CRS.EPSG3857.latLngToPoint([32.0836, 23.9764], 0) = (145.04988…, 103.88976…).
    const [x, y] = mercatorUnit(32.0836, 23.9764);
    expect(x * 256).toBeCloseTo(145.04988, 4);
    expect(y * 256).toBeCloseTo(103.88976, 4);
  });
});

describe('fromMercatorUnit', () => {
  it('undoes mercatorUnit inside the latitude limit', () => {
    for (const [lat, lon] of [
      [32.0836, 23.9764],
      [-33.9, 151.2],
      [0, -180],
      [85, 179.9],
      [-85, -179.9],
    ] as const) {
      const [backLat, backLon] = fromMercatorUnit(...mercatorUnit(lat, lon));
      expect(backLat).toBeCloseTo(lat, 9);
      expect(backLon).toBeCloseTo(lon, 9);
    }
  });
});
