import { describe, expect, it } from 'vitest';
import { eventPredicate, NO_FILTER, type FilterPart } from './eventFilter';
import { filterPositions } from './filterPositions';
import { randomEvents, randomFilter } from './testing/randomEvents';
import { seededRandom } from './testing/seededRandom';
import { createTimeIndex, type TimeIndex } from './timeIndex';

const PARTS: FilterPart[] = ['range', 'tags', 'actors', 'query', 'only'];

/** The naive answer: every event tested by the predicate. */
function naive(
  index: TimeIndex,
  filter: Parameters<typeof eventPredicate>[0],
  ignore: FilterPart[],
) {
  const keep = eventPredicate(filter, ignore);
  return index.events.flatMap((event, p) => (keep(event) ? [p] : []));
}

describe('filterPositions', () => {
  it.each([0, 1, 60, 1000, 5000])(
    'keeps exactly what eventPredicate keeps, in time order (%i random events)',
    (count) => {
      const random = seededRandom(count + 7);
      const index = createTimeIndex(randomEvents(random, count));
      for (let q = 0; q < (count > 1000 ? 100 : 300); q++) {
        const filter = randomFilter(random, index.events);
        const ignore = PARTS.filter(() => random() < 0.15);
        const positions = filterPositions(index, filter, ignore);
        const all = index.events.map((_, p) => p);
        expect(positions === null ? all : [...positions]).toEqual(naive(index, filter, ignore));
      }
    },
  );

  it('starts from each kind of candidate and still agrees', () => {
    const random = seededRandom(3);
    const index = createTimeIndex(randomEvents(random, 3000));
    const some = new Set(index.events.filter((_, p) => p % 97 === 0).map((e) => e.id));
    const day = index.starts[1500]!;
    const filters = [
      { ...NO_FILTER, range: [day, day + 864e5] as const }, // a narrow range
      { ...NO_FILTER, tags: ['Rare tag'] }, // a rare tag's postings
      { ...NO_FILTER, tags: ['Libya', 'libya', 'Café'] }, // several postings, overlapping
      { ...NO_FILTER, actors: ['Russia'], tags: ['Rare tag', 'Diplomacy'] },
      { ...NO_FILTER, only: some }, // the ids
      { ...NO_FILTER, only: some, tags: ['Libya'], query: 'tr' },
      { ...NO_FILTER, query: 'tripoli' }, // the query's matches
      { ...NO_FILTER, query: 'TRIPOLI moscow', range: [0, 4e12] as const },
      { ...NO_FILTER, range: [0, 4e12] as const, actors: ['NATO'] }, // everything in range
    ];
    for (const filter of filters) {
      expect([...filterPositions(index, filter)!]).toEqual(naive(index, filter, []));
    }
  });

  it('answers a range again from the last answer, and a new range afresh', () => {
    const random = seededRandom(5);
    const index = createTimeIndex(randomEvents(random, 3000));
    const range = [index.starts[100]!, index.starts[2900]!] as const;
    const filter = { ...NO_FILTER, range };
    const first = filterPositions(index, filter);
    // The chip counts ask for the same range, leaving out their own group.
    expect(filterPositions(index, filter, ['tags'])).toBe(first);
    expect([...first!]).toEqual(naive(index, filter, []));
    const moved = { ...NO_FILTER, range: [range[0] + 1, range[1]] as const };
    const next = filterPositions(index, moved);
    expect(next).not.toBe(first);
    expect([...next!]).toEqual(naive(index, moved, []));
  });

  it('falls back to testing ids when ids repeat', () => {
    const events = randomEvents(seededRandom(5), 200).map((e, i) => ({ ...e, id: `d${i % 150}` }));
    const index = createTimeIndex(events);
    const filter = { ...NO_FILTER, only: new Set(['d1', 'd149', 'd7']) };
    expect([...filterPositions(index, filter)!]).toEqual(naive(index, filter, []));
  });

  it('is null when nothing filters, empty when a chosen value is nowhere', () => {
    const index = createTimeIndex(randomEvents(seededRandom(9), 100));
    expect(filterPositions(index, NO_FILTER)).toBeNull();
    expect(filterPositions(index, { ...NO_FILTER, query: '   ' })).toBeNull();
    expect(filterPositions(index, { ...NO_FILTER, tags: ['Libya'] }, ['tags'])).toBeNull();
    expect([...filterPositions(index, { ...NO_FILTER, tags: ['Nowhere'] })!]).toEqual([]);
    expect([...filterPositions(index, { ...NO_FILTER, only: new Set() })!]).toEqual([]);
  });
});
