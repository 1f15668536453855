import { describe, expect, it } from 'vitest';
import { hasLocation } from './event';
import { adoptMarkerPoints, locatedCount, markerPoints, markerPointsOf } from './markerPoints';
import { mercatorUnit } from './mercatorUnit';
import { randomEvents } from './testing/randomEvents';
import { seededRandom } from './testing/seededRandom';
import { createTimeIndex } from './timeIndex';

describe('markerPoints', () => {
  const random = seededRandom(8);
  const events = randomEvents(random, 500).map((event, i) =>
    i % 4 === 0 ? event : { ...event, lat: random() * 160 - 80, lon: random() * 360 - 180 },
  );
  const index = createTimeIndex(events);

  it('projects each located event by index position, NaN for the rest, once per index', () => {
    const points = markerPoints(index);
    index.events.forEach((event, p) => {
      if (hasLocation(event))
        expect([points.ux[p], points.uy[p]]).toEqual(mercatorUnit(event.lat, event.lon));
      else expect([points.ux[p], points.uy[p]]).toEqual([NaN, NaN]);
    });
    expect(markerPoints(index)).toBe(points);
  });

  it('counts the located events among positions', () => {
    const points = markerPoints(index);
    const positions = Int32Array.from({ length: 100 }, (_, k) => k * 5);
    expect(locatedCount(points, positions)).toBe(
      [...positions].filter((p) => hasLocation(index.events[p]!)).length,
    );
    expect(locatedCount(points, null)).toBe(index.events.filter(hasLocation).length);
  });

  it('takes points projected elsewhere (the import worker) over the same events', () => {
    const sent = structuredClone(markerPointsOf(index.events));
    const page = createTimeIndex(index.events);
    adoptMarkerPoints(page, sent);
    expect(markerPoints(page)).toBe(sent);
    expect([...sent.ux]).toEqual([...markerPoints(index).ux]);
    expect([...sent.uy]).toEqual([...markerPoints(index).uy]);
    expect(locatedCount(sent, null)).toBe(index.events.filter(hasLocation).length);
    expect(locatedCount({ ux: sent.ux, uy: sent.uy }, null)).toBe(sent.located);
  });
});
