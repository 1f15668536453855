import { describe, expect, it } from 'vitest';
import seed from '../../../data/events.json';
import { eventPredicate, NO_FILTER } from './eventFilter';
import { filterEvents } from './filterEvents';
import { randomEvents, randomFilter } from './testing/randomEvents';
import { seededRandom } from './testing/seededRandom';
import { createTimeIndex } from './timeIndex';
import { validateDataset } from './validateDataset';

describe('filterEvents', () => {
  it('returns the same events as the naive filter, in the same order', () => {
    const random = seededRandom(11);
    const index = createTimeIndex(randomEvents(random, 2000));
    for (let q = 0; q < 200; q++) {
      const filter = randomFilter(random, index.events);
      const expected = index.events.filter(eventPredicate(filter));
      const events = filterEvents(index, filter);
      expect(events.map((e) => e.id)).toEqual(expected.map((e) => e.id));
      expect(events.every((event, i) => event === expected[i])).toBe(true);
    }
  });

  it('agrees on the seed dataset', () => {
    const index = createTimeIndex(validateDataset(seed).dataset.events);
    const jan10 = Date.UTC(2017, 0, 10);
    for (const filter of [
      { ...NO_FILTER, range: [jan10, jan10 + 864e5] as const },
      { ...NO_FILTER, tags: ['INF treaty'], actors: ['Sergei Shoigu'] },
      { ...NO_FILTER, query: 'ḥaftar DEFENCE kuznetsov' },
      { ...NO_FILTER, only: new Set(['inf-russia-exit']) },
    ]) {
      const expected = index.events.filter(eventPredicate(filter));
      expect(expected.length).toBeGreaterThan(0);
      expect(filterEvents(index, filter)).toEqual(expected);
    }
  });

  it('returns the index’s own list when every event passes, and handles no events', () => {
    const index = createTimeIndex(randomEvents(seededRandom(2), 50));
    expect(filterEvents(index, NO_FILTER)).toBe(index.events);
    expect(filterEvents(index, { ...NO_FILTER, range: [-Infinity, Infinity] })).toBe(index.events);
    const empty = createTimeIndex([]);
    expect(filterEvents(empty, { ...NO_FILTER, tags: ['Libya'], query: 'x' })).toEqual([]);
  });
});
