import { describe, expect, it } from 'vitest';
import { createTimeIndex } from './timeIndex';
import { timeOrder } from './timeOrder';
import { randomEvents } from './testing/randomEvents';
import { seededRandom } from './testing/seededRandom';

describe('timeOrder', () => {
  it.each([0, 1, 50, 5000])('orders %i events as their time index does', (n) => {
    const events = randomEvents(seededRandom(n + 7), n);
    const index = createTimeIndex(events);
    const ordered = timeOrder(
      Float64Array.from(events, (e) => e.time.start),
      Float64Array.from(events, (e) => e.time.end),
    );
    expect(ordered.order).toEqual(index.inputIndex);
    expect(ordered.starts).toEqual(index.starts);
    expect(ordered.ends).toEqual(index.ends);
  });

  it('keeps ties in input order and sorts by start only', () => {
    const { order, starts, ends } = timeOrder(
      Float64Array.of(5, 1, 5, 1),
      Float64Array.of(9, 8, 6, 2),
    );
    expect([...order]).toEqual([1, 3, 0, 2]);
    expect([...starts]).toEqual([1, 1, 5, 5]);
    expect([...ends]).toEqual([8, 2, 9, 6]);
  });
});
