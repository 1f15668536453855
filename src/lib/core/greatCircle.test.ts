import { describe, expect, it } from 'vitest';
import { greatCircleKm, idsWithin } from './greatCircle';

const moscow = { lat: 55.7558, lon: 37.6173 };
const tripoli = { lat: 32.8872, lon: 13.1913 };
const washington = { lat: 38.9072, lon: -77.0369 };

describe('greatCircleKm', () => {
  it('matches known great-circle distances within 0.5%', () => {
    // Reference values: haversine on the WGS84 mean radius, cross-checked with published figures.
    expect(greatCircleKm(moscow, tripoli)).toBeCloseTo(3145, -2);
    expect(Math.abs(greatCircleKm(moscow, washington) / 7820 - 1)).toBeLessThan(0.005);
    expect(greatCircleKm(moscow, moscow)).toBe(0);
  });
});

describe('idsWithin', () => {
  it('includes both edges', () => {
    const d = new Map([
      ['a', 499],
      ['b', 500],
      ['c', 5500],
      ['d', 5501],
    ]);
    expect([...idsWithin(d, [500, 5500])]).toEqual(['b', 'c']);
  });
});
