import { describe, expect, it } from 'vitest';
import { endOrder } from './endOrder';
import { filterPositions } from './filterPositions';
import { createTimeIndex } from './timeIndex';
import { randomEvents, randomFilter } from './testing/randomEvents';
import { seededRandom } from './testing/seededRandom';

/** The naive reference: the subset's positions sorted by end, ties in time order. */
function sortedByEnd(ends: Float64Array, positions: Int32Array | null): number[] {
  const subset = positions ? [...positions] : [...ends.keys()];
  return subset
    .map((p, k) => ({ end: ends[p]!, k }))
    .sort((a, b) => a.end - b.end || a.k - b.k)
    .map(({ k }) => k);
}

describe('endOrder', () => {
  it('orders a filtered subset by end like a stable sort, on random data and filters', () => {
    const random = seededRandom(11);
    for (let run = 0; run < 100; run++) {
      const events = randomEvents(random, 1 + Math.floor(random() * 300));
      const index = createTimeIndex(events);
      const positions = filterPositions(index, randomFilter(random, events));
      expect([...endOrder(index, positions)]).toEqual(sortedByEnd(index.ends, positions));
    }
  });

  it('orders the whole index when nothing is filtered out, and remembers it', () => {
    const index = createTimeIndex(randomEvents(seededRandom(3), 50));
    const all = endOrder(index, null);
    expect([...all]).toEqual(sortedByEnd(index.ends, null));
    expect(endOrder(index, null)).toBe(all);
  });
});
