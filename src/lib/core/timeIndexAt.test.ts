import { describe, expect, it } from 'vitest';
import { filterPositions } from './filterPositions';
import { eventsAt } from './filterEvents';
import { createTimeIndex } from './timeIndex';
import { timeIndexAt } from './timeIndexAt';
import { randomEvents, randomFilter } from './testing/randomEvents';
import { seededRandom } from './testing/seededRandom';

describe('timeIndexAt', () => {
  it('is the index createTimeIndex builds from the same events, on random data and filters', () => {
    const random = seededRandom(7);
    for (let run = 0; run < 100; run++) {
      const events = randomEvents(random, 1 + Math.floor(random() * 300));
      const index = createTimeIndex(events);
      const positions = filterPositions(index, randomFilter(random, events));
      const subset = timeIndexAt(index, positions);
      const rebuilt = createTimeIndex(eventsAt(index, positions));
      expect(subset.events).toEqual(rebuilt.events);
      expect(subset.starts).toEqual(rebuilt.starts);
      expect(subset.ends).toEqual(rebuilt.ends);
      expect(subset.extent).toEqual(rebuilt.extent);
      const from = index.extent[0] + random() * (index.extent[1] - index.extent[0]);
      const to = from + random() * 4e10;
      // Its duration classes are sorted out at their first use: one run in two, by a query.
      if (run % 2) expect(subset.classes).toEqual(rebuilt.classes);
      expect(subset.overlapping(from, to)).toEqual(rebuilt.overlapping(from, to));
      expect(subset.firstStartingAtOrAfter(from)).toBe(rebuilt.firstStartingAtOrAfter(from));
      // A subset's input is its events in time order: each is at its own place.
      if (subset !== index) expect([...subset.inputIndex]).toEqual([...subset.events.keys()]);
      expect(subset.classes).toEqual(rebuilt.classes);
    }
  });

  it('is the index itself when every event is kept', () => {
    const index = createTimeIndex(randomEvents(seededRandom(1), 20));
    expect(timeIndexAt(index, null)).toBe(index);
    expect(timeIndexAt(index, Int32Array.from(index.events.keys()))).toBe(index);
  });

  it('indexes an empty subset', () => {
    const index = createTimeIndex(randomEvents(seededRandom(2), 20));
    const empty = timeIndexAt(index, new Int32Array(0));
    expect(empty.events).toEqual([]);
    expect(empty.extent).toEqual([NaN, NaN]);
    expect(empty.overlapping(0, Infinity)).toEqual([]);
  });
});
