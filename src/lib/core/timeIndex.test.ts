import { describe, expect, it } from 'vitest';
import { randomEvents } from './testing/randomEvents';
import { seededRandom as seeded } from './testing/seededRandom';
import type { DatelineEvent } from './event';
import { createTimeIndex } from './timeIndex';

const DAY = 86_400_000;

function syntheticEvents(count: number, random: () => number): DatelineEvent[] {
  return Array.from({ length: count }, (_, i) => {
    const start = Math.floor(random() * 3650) * DAY;
    const length = random() < 0.1 ? Math.ceil(random() * 400) * DAY : DAY;
    return {
      id: `e${i}`,
      date: '',
      title: `Event ${i}`,
      summary: '',
      tags: [],
      actors: [],
      sources: [],
      time: { start, end: start + length, precision: 'day' },
    };
  });
}

describe('createTimeIndex', () => {
  const random = seeded(42);
  const events = syntheticEvents(2000, random);
  const index = createTimeIndex(events);

  it('sorts by start time, keeping input order for ties', () => {
    for (let i = 1; i < index.events.length; i++) {
      expect(index.starts[i]!).toBeGreaterThanOrEqual(index.starts[i - 1]!);
    }
    const tied = createTimeIndex([events[1]!, { ...events[1]!, id: 'twin' }]);
    expect(tied.events.map((e) => e.id)).toEqual(['e1', 'twin']);
  });

  it('answers range queries exactly like a naive filter', () => {
    for (let q = 0; q < 300; q++) {
      const from = Math.floor(random() * 4000 - 200) * DAY;
      const to = from + Math.floor(random() * 500) * DAY;
      const naive = events
        .filter((e) => e.time.start < to && e.time.end > from)
        .map((e) => e.id)
        .sort();
      const indexed = index
        .overlapping(from, to)
        .map((i) => index.events[i]!.id)
        .sort();
      expect(indexed).toEqual(naive);
    }
  });

  it('answers with positions in time order, zero-length events and long spans included', () => {
    const mixed = randomEvents(seeded(7), 5000); // above stableSortOrder's radix threshold
    const mixedIndex = createTimeIndex(mixed);
    for (let q = 0; q < 200; q++) {
      const from = Date.UTC(2015, 0, 1) + Math.floor(random() * 1600 - 50) * DAY;
      const to = from + [0, 1, DAY, 30 * DAY, 700 * DAY, -2 * DAY][q % 6]!;
      const naive = mixedIndex.events.flatMap((e, p) =>
        e.time.start < to && e.time.end > from ? [p] : [],
      );
      expect(mixedIndex.overlapping(from, to)).toEqual(naive);
    }
  });

  it('remembers where each event was in the input, and sorts stably', () => {
    const mixed = randomEvents(seeded(8), 5000);
    const mixedIndex = createTimeIndex(mixed);
    expect(mixedIndex.events.every((event, p) => mixed[mixedIndex.inputIndex[p]!] === event)).toBe(
      true,
    );
    expect(mixed.every((event, i) => mixedIndex.events[mixedIndex.positionOf[i]!] === event)).toBe(
      true,
    );
    const byStart = mixed
      .map((event, order) => ({ event, order }))
      .sort((a, b) => a.event.time.start - b.event.time.start || a.order - b.order)
      .map(({ event }) => event);
    expect(mixedIndex.events.every((event, p) => event === byStart[p])).toBe(true);
    expect([...mixedIndex.starts]).toEqual(byStart.map((e) => e.time.start));
    expect([...mixedIndex.ends]).toEqual(byStart.map((e) => e.time.end));
  });

  it('reports the extent and handles an empty list', () => {
    expect(index.extent[0]).toBe(Math.min(...events.map((e) => e.time.start)));
    expect(index.extent[1]).toBe(Math.max(...events.map((e) => e.time.end)));
    const empty = createTimeIndex([]);
    expect(empty.overlapping(0, DAY)).toEqual([]);
    expect(empty.firstStartingAtOrAfter(0)).toBe(0);
    expect(empty.extent.every(Number.isNaN)).toBe(true);
  });

  it('given the times, reads no event and keeps an input already in time order as it is', () => {
    const mixed = randomEvents(seeded(9), 5000);
    const expected = createTimeIndex(mixed);
    const sorted = [...expected.events];
    const times = {
      starts: Float64Array.from(sorted, (e) => e.time.start),
      ends: Float64Array.from(sorted, (e) => e.time.end),
    };
    // Events whose `time` would throw if read: the given times must be all it uses.
    const opaque = sorted.map((e) => ({
      ...e,
      get time(): never {
        throw new Error('read');
      },
    }));
    const given = createTimeIndex(opaque, times);
    expect(given.events).toBe(opaque);
    expect([...given.starts]).toEqual([...expected.starts]);
    expect([...given.ends]).toEqual([...expected.ends]);
    expect([...given.positionOf]).toEqual(sorted.map((_, p) => p));
    expect(given.extent).toEqual(expected.extent);
    for (const [from, to] of [
      [Date.UTC(2016, 0, 1), Date.UTC(2016, 2, 1)],
      [Date.UTC(2015, 5, 1), Date.UTC(2015, 5, 2)],
    ] as const) {
      expect(given.overlapping(from, to)).toEqual(expected.overlapping(from, to));
    }
    // Out of order, the given times are sorted with their events, as without them.
    const shuffled = [...mixed].reverse();
    const fromTimes = createTimeIndex(shuffled, {
      starts: Float64Array.from(shuffled, (e) => e.time.start),
      ends: Float64Array.from(shuffled, (e) => e.time.end),
    });
    const plain = createTimeIndex(shuffled);
    expect(fromTimes.events).toEqual(plain.events);
    expect([...fromTimes.inputIndex]).toEqual([...plain.inputIndex]);
  });
});
