import { describe, expect, it } from 'vitest';
import { formatLatLon, normalizeLatLon } from './latLon';

describe('normalizeLatLon', () => {
  it('wraps longitude into [-180, 180) and clamps latitude', () => {
    expect(normalizeLatLon({ lat: 10, lon: 190 })).toEqual({ lat: 10, lon: -170 });
    expect(normalizeLatLon({ lat: 10, lon: -190 })).toEqual({ lat: 10, lon: 170 });
    expect(normalizeLatLon({ lat: 10, lon: 180 })).toEqual({ lat: 10, lon: -180 });
    expect(normalizeLatLon({ lat: 10, lon: 37.5 + 720 })).toEqual({ lat: 10, lon: 37.5 });
    expect(normalizeLatLon({ lat: 95, lon: 0 })).toEqual({ lat: 90, lon: 0 });
    expect(normalizeLatLon({ lat: -95, lon: -360 })).toEqual({ lat: -90, lon: 0 });
  });
});

describe('formatLatLon', () => {
  it('reads as degrees with hemispheres', () => {
    expect(formatLatLon({ lat: 55.7558, lon: 37.6173 })).toBe('55.76° N, 37.62° E');
    expect(formatLatLon({ lat: -33.9, lon: -70.65 })).toBe('33.90° S, 70.65° W');
    expect(formatLatLon({ lat: 0, lon: 0 })).toBe('0.00°, 0.00°');
    expect(formatLatLon({ lat: 10, lon: 190 })).toBe('10.00° N, 170.00° W');
  });
});
