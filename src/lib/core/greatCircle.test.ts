import { describe, expect, it } from 'vitest';
import type { DatelineEvent } from './event';
import { distancesFrom, greatCircleKm, idsWithin, type LatLon } from './greatCircle';
import { seededRandom } from './testing/seededRandom';

const moscow = { lat: 55.7558, lon: 37.6173 };
const tripoli = { lat: 32.8872, lon: 13.1913 };
const washington = { lat: 38.9072, lon: -77.0369 };

/**
 * Vincenty's inverse formula on the WGS84 ellipsoid, km: an independent reference (good to a
 * millimetre) for what the spherical model approximates.
 */
function vincentyKm(p: LatLon, q: LatLon): number {
  const a = 6378137;
  const f = 1 / 298.257223563;
  const b = a * (1 - f);
  const rad = Math.PI / 180;
  const L = (q.lon - p.lon) * rad;
  const U1 = Math.atan((1 - f) * Math.tan(p.lat * rad));
  const U2 = Math.atan((1 - f) * Math.tan(q.lat * rad));
  const [sinU1, cosU1, sinU2, cosU2] = [Math.sin(U1), Math.cos(U1), Math.sin(U2), Math.cos(U2)];
  let lambda = L;
  for (let i = 0; i < 200; i++) {
    const sinL = Math.sin(lambda);
    const cosL = Math.cos(lambda);
    const sinSigma = Math.hypot(cosU2 * sinL, cosU1 * sinU2 - sinU1 * cosU2 * cosL);
    if (sinSigma === 0) return 0;
    const cosSigma = sinU1 * sinU2 + cosU1 * cosU2 * cosL;
    const sigma = Math.atan2(sinSigma, cosSigma);
    const sinAlpha = (cosU1 * cosU2 * sinL) / sinSigma;
    const cos2Alpha = 1 - sinAlpha * sinAlpha;
    const cos2SigmaM = cos2Alpha === 0 ? 0 : cosSigma - (2 * sinU1 * sinU2) / cos2Alpha;
    const C = (f / 16) * cos2Alpha * (4 + f * (4 - 3 * cos2Alpha));
    const previous = lambda;
    lambda =
      L +
      (1 - C) *
        f *
        sinAlpha *
        (sigma + C * sinSigma * (cos2SigmaM + C * cosSigma * (-1 + 2 * cos2SigmaM ** 2)));
    if (Math.abs(lambda - previous) < 1e-12) {
      const u2 = (cos2Alpha * (a * a - b * b)) / (b * b);
      const A = 1 + (u2 / 16384) * (4096 + u2 * (-768 + u2 * (320 - 175 * u2)));
      const B = (u2 / 1024) * (256 + u2 * (-128 + u2 * (74 - 47 * u2)));
      const deltaSigma =
        B *
        sinSigma *
        (cos2SigmaM +
          (B / 4) *
            (cosSigma * (-1 + 2 * cos2SigmaM ** 2) -
              (B / 6) * cos2SigmaM * (-3 + 4 * sinSigma ** 2) * (-3 + 4 * cos2SigmaM ** 2)));
      return (b * A * (sigma - deltaSigma)) / 1000;
    }
  }
  throw new Error('Vincenty did not converge (nearly antipodal points)');
}

/** A small seeded generator (mulberry32), so the sample is the same on every run. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('greatCircleKm', () => {
  it('matches known distances within 0.5%', () => {
    // Great-circle values on the mean sphere, and the WGS84 geodesics they stand in for.
    expect(greatCircleKm(moscow, tripoli)).toBeCloseTo(3165.2, 1);
    expect(greatCircleKm(moscow, washington)).toBeCloseTo(7820.9, 1);
    for (const [a, b] of [
      [moscow, tripoli],
      [moscow, washington],
    ] as const) {
      expect(Math.abs(greatCircleKm(a, b) / vincentyKm(a, b) - 1)).toBeLessThan(0.005);
    }
    expect(greatCircleKm(moscow, moscow)).toBe(0);
  });

  it('is within 0.6% of the WGS84 geodesic anywhere (the bound its comment states)', () => {
    const next = random(4);
    let worst = 0;
    for (let i = 0; i < 2000; i++) {
      const p = { lat: next() * 170 - 85, lon: next() * 360 - 180 };
      // Keep clear of near-antipodal pairs, where Vincenty's iteration fails to converge.
      const q = { lat: next() * 170 - 85, lon: p.lon + (next() * 2 - 1) * 150 };
      const exact = vincentyKm(p, q);
      if (exact < 1) continue;
      worst = Math.max(worst, Math.abs(greatCircleKm(p, q) / exact - 1));
    }
    expect(worst).toBeLessThan(0.006);
  });

  it('reads longitudes of any world copy alike', () => {
    const east = greatCircleKm(moscow, { lat: 40, lon: 200 });
    expect(greatCircleKm(moscow, { lat: 40, lon: -160 })).toBeCloseTo(east, 6);
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

  it('classifies events 499/501 and 5,499/5,501 km from the launch point', () => {
    // Points due north of the launch point at those distances (1° of latitude on the sphere).
    const kmPerDegree = (6371.0088 * Math.PI) / 180;
    const at = (km: number) => ({ lat: 10 + km / kmPerDegree, lon: 20 });
    const events = [499, 501, 5499, 5501].map((km): DatelineEvent => ({
      id: String(km),
      date: '2019-08-02',
      title: `${km} km north`,
      summary: '',
      tags: [],
      actors: [],
      sources: [],
      time: { start: 0, end: 1, precision: 'day' },
      ...at(km),
    }));
    const distances = distancesFrom({ lat: 10, lon: 20 }, events);
    expect(distances.get('499')).toBeCloseTo(499, 6);
    expect([...idsWithin(distances, [500, 5500])]).toEqual(['501', '5499']);
  });
});

describe('distancesFrom', () => {
  it('agrees with greatCircleKm (d3.geoDistance) for random pairs, antipodes and the poles', () => {
    const random = seededRandom(5);
    const centres: LatLon[] = [
      { lat: 90, lon: 0 },
      { lat: -90, lon: 45 },
      { lat: 0, lon: 180 },
      ...Array.from({ length: 20 }, () => ({
        lat: random() * 180 - 90,
        lon: random() * 360 - 180,
      })),
    ];
    const points = Array.from({ length: 200 }, (_, i) => ({
      id: String(i),
      lat: i === 0 ? -centres[3]!.lat : random() * 180 - 90,
      lon: i === 0 ? centres[3]!.lon + 180 : random() * 360 - 180,
    }));
    const events = points.map((p) => ({ ...p }) as unknown as DatelineEvent);
    for (const centre of centres) {
      const distances = distancesFrom(centre, events);
      for (const p of points) {
        expect(distances.get(p.id)).toBeCloseTo(greatCircleKm(centre, p), 6);
      }
    }
  });
});
