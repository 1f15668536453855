import { describe, expect, it } from 'vitest';
import { bandKm, bandPlaces } from './bandDistances';
import { markerPointsOf } from './markerPoints';
import { PlaceCollector } from './placeCollector';
import { randomEvents } from './testing/randomEvents';
import { seededRandom } from './testing/seededRandom';
import { createTimeIndex } from './timeIndex';

describe('PlaceCollector', () => {
  const random = seededRandom(31);
  // More than its first arrays hold; a quarter without a place; poles and the date line.
  const arrived = randomEvents(random, 3000).map((event, i) =>
    i % 4 === 0
      ? event
      : {
          ...event,
          lat: i === 1 ? 90 : random() * 180 - 90,
          lon: i === 2 ? 180 : random() * 360 - 180,
        },
  );
  const index = createTimeIndex(arrived);
  const centre = { lat: 55.7558, lon: 37.6173 };

  it('gives, in time order, exactly what bandPlaces, markerPointsOf and bandKm give', () => {
    const collector = new PlaceCollector(centre);
    for (const event of arrived) collector.add(event);
    const got = collector.inOrder(index.inputIndex)!;
    const places = bandPlaces(index.events);
    expect(got.places).toEqual(places);
    expect(got.points).toEqual(markerPointsOf(index.events));
    expect(got.distances!.center).toEqual(centre);
    expect([...got.distances!.km]).toEqual([...bandKm(centre, places)]);
  });

  it('works out no distances without a launch point, and refuses an order of another length', () => {
    const collector = new PlaceCollector();
    for (const event of arrived) collector.add(event);
    expect(collector.inOrder(index.inputIndex)!.distances).toBeUndefined();
    expect(collector.inOrder(new Int32Array(2))).toBeNull();
  });
});
