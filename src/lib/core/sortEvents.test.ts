import { describe, expect, it } from 'vitest';
import seed from '../../../data/events.json';
import type { DatelineEvent } from './event';
import { createTimeIndex } from './timeIndex';
import {
  EventSorter,
  collationKey,
  eventSorterOf,
  collationKeysAgree,
  radixSortByKeys,
  sortEvents,
  type SortDirection,
  type SortKey,
} from './sortEvents';
import { seededRandom } from './testing/seededRandom';
import { validateDataset } from './validateDataset';

const events = createTimeIndex(validateDataset(seed).dataset.events).events;
const ids = (list: readonly { id: string }[]) => list.map((e) => e.id);

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });
const KEYS: SortKey[] = ['date', 'title', 'place', 'actors', 'tags', 'distance'];
const DIRECTIONS: SortDirection[] = ['ascending', 'descending'];

/** The straightforward sort (the one sortEvents replaced): a comparator over the collator. */
function naiveSort(
  list: readonly DatelineEvent[],
  key: SortKey,
  direction: SortDirection,
  distancesKm: ReadonlyMap<string, number>,
): DatelineEvent[] {
  const sign = direction === 'ascending' ? 1 : -1;
  const value = (event: DatelineEvent): string | number | undefined => {
    switch (key) {
      case 'date':
        return event.time.start;
      case 'title':
        return event.title;
      case 'place':
        return event.place;
      case 'actors':
        return event.actors.join(', ') || undefined;
      case 'tags':
        return event.tags.join(', ') || undefined;
      case 'distance':
        return distancesKm.get(event.id);
    }
  };
  const keyed = list.map((event, order) => ({ event, order, value: value(event) }));
  keyed.sort((a, b) => {
    if (a.value === undefined || b.value === undefined) {
      return a.value === b.value ? a.order - b.order : a.value === undefined ? 1 : -1;
    }
    const compared =
      typeof a.value === 'number' && typeof b.value === 'number'
        ? a.value - b.value || (key === 'date' ? a.event.time.end - b.event.time.end : 0)
        : collator.compare(String(a.value), String(b.value));
    return sign * compared || a.order - b.order;
  });
  return keyed.map(({ event }) => event);
}

/** Bits of text that test the collation: case, accents, numbers, leading zeros, marks, scripts. */
const PIECES = [
  ...['a', 'A', 'b', 'B', 'z', 'Z', 'e', 'é', 'É', 'o', 'Ö', 'ß', 'ж', 'Ж', 'ł'],
  ...[' ', '  ', '-', ',', ', ', '.', '_', '(', ')', '~', '$', "'", '&', '/', '\t'],
  ...['0', '1', '9', '00', '01', '007', '10', '12', '2', '100', '99999999999999999999'],
  ...['Actor', 'Tag', 'Tripoli', 'tripoli', 'Moscow, Russia', 'Washington, D.C.'],
];

function randomText(random: () => number, maxPieces = 5): string {
  let s = '';
  const n = Math.floor(random() * (maxPieces + 1));
  for (let i = 0; i < n; i++) s += PIECES[Math.floor(random() * PIECES.length)];
  return s;
}

/** Random events with many ties: few days, few ends, a small vocabulary; some values missing. */
function randomEvents(random: () => number, n: number): DatelineEvent[] {
  const day = 86_400_000;
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
  const places = Array.from({ length: 8 }, () => randomText(random, 3));
  const names = Array.from({ length: 10 }, () => randomText(random, 2) || 'x');
  return Array.from({ length: n }, (_, i) => {
    const start = Date.UTC(2019, 0, 1) + Math.floor(random() * 12) * day;
    const end = start + (1 + Math.floor(random() * 3)) * day;
    const list = () => Array.from({ length: Math.floor(random() * 3) }, () => pick(names));
    const place = random() < 0.2 ? undefined : random() < 0.05 ? '' : pick(places);
    return {
      id: `e${i}`,
      date: new Date(start).toISOString().slice(0, 10),
      title: random() < 0.3 ? pick(names) : randomText(random),
      ...(place === undefined ? {} : { place }),
      tags: list(),
      actors: list(),
      time: { start, end, precision: 'day' },
    } as DatelineEvent;
  });
}

function randomDistances(random: () => number, list: readonly DatelineEvent[]) {
  const distances = new Map<string, number>();
  for (const e of list) {
    // Missing for some; repeated values (ties) and a negative zero for others.
    if (random() < 0.8) distances.set(e.id, random() < 0.1 ? -0 : Math.floor(random() * 20) * 250);
  }
  return distances;
}

describe('sortEvents', () => {
  it('sorts by date both ways', () => {
    const up = sortEvents(events, 'date', 'ascending');
    expect(up[0]!.date.startsWith('2017')).toBe(true);
    expect(sortEvents(events, 'date', 'descending')[0]!.id).toBe('shoigu-rossiya24-statement');
  });

  it('sorts titles without regard to case or accents, and is stable', () => {
    const titles = sortEvents(events, 'title', 'ascending').map((e) => e.title);
    expect(titles).toEqual(
      [...titles].sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base' })),
    );
    const byPlace = sortEvents(events, 'place', 'ascending');
    const moscow = byPlace.filter((e) => e.place === 'Moscow, Russia');
    // Ties keep time order.
    expect(ids(moscow)).toEqual(ids(events.filter((e) => e.place === 'Moscow, Russia')));
  });

  it('puts events without a distance last in both directions', () => {
    const distances = new Map([
      ['inf-us-withdrawal', 7800],
      ['italy-embassy-tripoli', 2400],
    ]);
    expect(ids(sortEvents(events, 'distance', 'ascending', distances)).slice(0, 2)).toEqual([
      'italy-embassy-tripoli',
      'inf-us-withdrawal',
    ]);
    expect(ids(sortEvents(events, 'distance', 'descending', distances)).slice(0, 2)).toEqual([
      'inf-us-withdrawal',
      'italy-embassy-tripoli',
    ]);
  });

  it('orders as the straightforward comparator sort does, ties and missing values included', () => {
    for (let s = 1; s <= 12; s++) {
      const random = seededRandom(s);
      const list = randomEvents(random, 10 + Math.floor(random() * 300));
      const distances = randomDistances(random, list);
      // Time order (as the filtered list is) and file order.
      for (const input of [createTimeIndex(list).events, list])
        for (const key of KEYS)
          for (const direction of DIRECTIONS)
            expect(
              ids(sortEvents(input, key, direction, distances)),
              `${s} ${key} ${direction}`,
            ).toEqual(ids(naiveSort(input, key, direction, distances)));
    }
  });

  it('returns the list itself when asked for the time order it already has', () => {
    const inOrder = createTimeIndex(randomEvents(seededRandom(5), 200)).events;
    const byStartThenEnd = naiveSort(inOrder, 'date', 'ascending', new Map());
    expect(sortEvents(byStartThenEnd, 'date', 'ascending')).toBe(byStartThenEnd);
    expect(sortEvents([], 'title', 'descending')).toEqual([]);
  });

  it('sorts a filtered list by the positions it is given as it sorts the list alone', () => {
    const random = seededRandom(77);
    const universe = createTimeIndex(randomEvents(random, 800)).events;
    const distances = randomDistances(random, universe);
    const sorter = new EventSorter(universe);
    // Few kept (sorted by rank) and many kept (picked out of the kept order).
    for (const keep of [0.01, 0.03, 0.5, 0.95]) {
      const at = Int32Array.from(universe.keys()).filter(() => random() < keep);
      const subset = Array.from(at, (p) => universe[p]!);
      for (const key of KEYS)
        for (const direction of DIRECTIONS)
          expect(ids(sorter.sort(subset, key, direction, distances, at)), `${keep} ${key}`).toEqual(
            ids(naiveSort(subset, key, direction, distances)),
          );
    }
  });

  it('sorts by date from a time index’s typed times as from the events', () => {
    for (let s = 1; s <= 6; s++) {
      const index = createTimeIndex(randomEvents(seededRandom(200 + s), 50 + s * 60));
      const sorter = new EventSorter(index.events, index);
      for (const direction of DIRECTIONS)
        expect(ids(sorter.sort(index.events, 'date', direction))).toEqual(
          ids(naiveSort(index.events, 'date', direction, new Map())),
        );
    }
  });

  it('is one sorter per index, prepared ahead or not, sorting the same', () => {
    const index = createTimeIndex(randomEvents(seededRandom(300), 400));
    const sorter = eventSorterOf(index);
    expect(eventSorterOf(index)).toBe(sorter);
    sorter.prepare('date');
    sorter.prepare('title');
    for (const key of ['date', 'title'] as const)
      for (const direction of DIRECTIONS)
        expect(ids(sorter.sort(index.events, key, direction))).toEqual(
          ids(naiveSort(index.events, key, direction, new Map())),
        );
  });

  it('keeps its ranks right across filter changes and events it has not seen', () => {
    const random = seededRandom(99);
    const universe = createTimeIndex(randomEvents(random, 400)).events;
    const distances = randomDistances(random, universe);
    const sorter = new EventSorter(universe);
    for (let round = 0; round < 20; round++) {
      const keep = random();
      const subset = universe.filter(() => random() < keep);
      for (const key of KEYS)
        for (const direction of DIRECTIONS)
          expect(ids(sorter.sort(subset, key, direction, distances))).toEqual(
            ids(naiveSort(subset, key, direction, distances)),
          );
    }
    // Events from elsewhere (another dataset): ranked with the rest, still in order.
    const strangers = randomEvents(seededRandom(100), 50).map((e) => ({ ...e, id: `s-${e.id}` }));
    const mixed = [...universe.slice(0, 100), ...strangers];
    for (const key of KEYS)
      expect(ids(sorter.sort(mixed, key, 'ascending', distances))).toEqual(
        ids(naiveSort(mixed, key, 'ascending', distances)),
      );
  });
});

describe('collation keys', () => {
  it('agree with the collator here, so the fast path is taken', () => {
    expect(collationKeysAgree()).toBe(true);
  });

  it('order text as the collator does, equal exactly when it finds them equal', () => {
    const random = seededRandom(7);
    const plain = (t: string) => t.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
    let keyed = 0;
    for (let i = 0; i < 20_000; i++) {
      const [a, b] = [randomText(random), randomText(random)];
      const [ka, kb] = [collationKey(a), collationKey(b)];
      for (const [text, key] of [
        [a, ka],
        [b, kb],
      ] as const) {
        // Left to the collator: text that is not printable ASCII once its accents are dropped.
        expect(key === null, text).toBe(!/^[\x20-\x7e]*$/.test(plain(text)));
      }
      if (ka === null || kb === null) continue;
      keyed++;
      expect(Math.sign(ka < kb ? -1 : ka > kb ? 1 : 0), `${a} | ${b}`).toBe(
        Math.sign(collator.compare(a, b)),
      );
    }
    expect(keyed).toBeGreaterThan(5000);
    expect(collationKey('a'.repeat(5000))).toBeNull();
    expect(collationKey(`x${'1'.repeat(200)}`)).toBeNull();
  });

  it('sort positions by key with the radix quicksort as a plain sort does', () => {
    const random = seededRandom(3);
    for (const n of [0, 1, 2, 11, 12, 13, 500, 5000]) {
      // Shared prefixes, equal keys, prefixes of one another.
      const keys = Array.from(
        { length: n },
        () => 'synthetic '.repeat(Math.floor(random() * 3)) + randomText(random, 3),
      );
      const positions = Int32Array.from(keys.keys());
      radixSortByKeys(positions, keys);
      expect([...positions].map((p) => keys[p])).toEqual([...keys].sort());
    }
  });

  it('rank a mix of keyed and collated titles in collator order', () => {
    const random = seededRandom(11);
    const list = randomEvents(random, 3000);
    for (const direction of DIRECTIONS)
      expect(ids(sortEvents(list, 'title', direction))).toEqual(
        ids(naiveSort(list, 'title', direction, new Map())),
      );
    // Both kinds were there to merge.
    expect(list.some((e) => collationKey(e.title) === null)).toBe(true);
    expect(list.some((e) => collationKey(e.title) !== null)).toBe(true);
  });
});
