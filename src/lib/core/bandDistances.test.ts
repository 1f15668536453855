import { describe, expect, it } from 'vitest';
import { adoptBandPlaces, BandDistances, bandKm, bandPlaces } from './bandDistances';
import type { DatelineEvent } from './event';
import { distancesFrom, idsWithin, type LatLon } from './greatCircle';
import { randomEvents } from './testing/randomEvents';
import { seededRandom } from './testing/seededRandom';
import { createTimeIndex } from './timeIndex';

/** Random events, three in four placed anywhere on the globe (poles and date line included). */
function placedEvents(seed: number, count: number): DatelineEvent[] {
  const random = seededRandom(seed);
  return randomEvents(random, count).map((event, i) =>
    random() < 0.75
      ? {
          ...event,
          lat: i === 0 ? 90 : random() * 180 - 90,
          lon: i === 1 ? 180 : random() * 360 - 180,
        }
      : event,
  );
}

const byIdOf = (events: readonly DatelineEvent[]) => new Map(events.map((e) => [e.id, e]));

describe('BandDistances', () => {
  const events = placedEvents(11, 2000);
  const index = createTimeIndex(events);
  const byId = byIdOf(events);
  const centres: LatLon[] = [
    { lat: 55.7558, lon: 37.6173 },
    { lat: -90, lon: 0 },
    { lat: 0, lon: -180 },
  ];

  it.each(centres)('reads as the Map distancesFrom builds, entry for entry (%o)', (centre) => {
    const expected = distancesFrom(centre, index.events);
    const distances = new BandDistances(centre, index, byId);
    expect(distances.size).toBe(expected.size);
    // The same numbers exactly, in the same (time) order.
    expect([...distances]).toEqual([...expected]);
    expect([...distances.keys()]).toEqual([...expected.keys()]);
    expect([...distances.values()]).toEqual([...expected.values()]);
    for (const event of events) {
      expect(distances.get(event.id)).toBe(expected.get(event.id));
      expect(distances.has(event.id)).toBe(expected.has(event.id));
    }
    expect(distances.get('no such id')).toBeUndefined();
    const seen: [string, number][] = [];
    distances.forEach((km, id) => seen.push([id, km]));
    expect(seen).toEqual([...expected]);
  });

  it.each(centres)(
    'counts placed and inside events at some positions as a filter would (%o)',
    (centre) => {
      const expected = distancesFrom(centre, index.events);
      const distances = new BandDistances(centre, index, byId);
      const random = seededRandom(5);
      const some = Int32Array.from(index.events.keys()).filter(() => random() < 0.3);
      for (const radii of [
        [500, 5500],
        [0, 20_100],
        [3000, 3000],
      ] as [number, number][]) {
        for (const positions of [null, some, new Int32Array(0)]) {
          const at = positions ? [...positions].map((p) => index.events[p]!) : index.events;
          const km = at.map((e) => expected.get(e.id)).filter((d) => d !== undefined);
          expect(distances.countsAt(positions, radii)).toEqual({
            located: km.length,
            inside: km.filter((d) => d >= radii[0] && d <= radii[1]).length,
          });
        }
      }
    },
  );

  it.each(centres)('within a band, holds the ids idsWithin finds (%o)', (centre) => {
    const expected = distancesFrom(centre, index.events);
    const distances = new BandDistances(centre, index, byId);
    for (const radii of [
      [500, 5500],
      [0, 0],
      [0, 20_100],
      [3000, 3000.5],
    ] as const) {
      const ids = distances.within(radii);
      const naive = idsWithin(expected, radii);
      expect(ids.size).toBe(naive.size);
      expect([...ids]).toEqual([...naive]);
      for (const event of events) expect(ids.has(event.id)).toBe(naive.has(event.id));
      expect(ids.has('no such id')).toBe(false);
    }
  });

  it('is empty for events without places, and for no events', () => {
    const unplaced = randomEvents(seededRandom(3), 10);
    const distances = new BandDistances(
      { lat: 0, lon: 0 },
      createTimeIndex(unplaced),
      byIdOf(unplaced),
    );
    expect(distances.size).toBe(0);
    expect([...distances]).toEqual([]);
    expect(distances.within([0, 30_000]).size).toBe(0);
    const none = new BandDistances({ lat: 0, lon: 0 }, createTimeIndex([]), new Map());
    expect(none.size).toBe(0);
  });

  it('takes places and distances worked out elsewhere (the worker), for that launch point only', () => {
    const centre = centres[0]!;
    const page = createTimeIndex(index.events);
    // As the worker sends them: built over the events in time order, then structured-cloned.
    const places = structuredClone(bandPlaces(index.events));
    adoptBandPlaces(page, places);
    const km = bandKm(centre, places);
    const known = { center: centre, km };
    const expected = distancesFrom(centre, index.events);
    const distances = new BandDistances(centre, page, byId, known);
    expect(distances.km).toBe(km);
    expect([...distances]).toEqual([...expected]);
    expect(distances.size).toBe(expected.size);
    // Another launch point: worked out here, not taken.
    const moved = new BandDistances(centres[1]!, page, byId, known);
    expect(moved.km).not.toBe(km);
    expect([...moved]).toEqual([...distancesFrom(centres[1]!, index.events)]);
  });
});
