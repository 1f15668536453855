import { utcDay, utcHour } from 'd3';
import { describe, expect, it } from 'vitest';
import { timeScale } from './timeScale';
import seed from '../../../data/events.json';
import {
  brushExtent,
  dayRange,
  moveRange,
  normalizeRange,
  resizeRange,
  snapRange,
} from './brushExtent';
import { eventPredicate, NO_FILTER } from './eventFilter';
import { utc } from './partialDate';
import { createTimeIndex } from './timeIndex';
import { validateDataset } from './validateDataset';

const DAY = 864e5;
const index = createTimeIndex(validateDataset(seed).dataset.events);

/** The ids a brush over these whole days keeps, asked two ways: the filter and the time index. */
function keptBy(range: readonly [number, number]): string[] {
  const viaFilter = index.events.filter(eventPredicate({ ...NO_FILTER, range })).map((e) => e.id);
  const viaIndex = index.overlapping(range[0], range[1]).map((i) => index.events[i]!.id);
  expect(viaIndex).toEqual(viaFilter);
  return viaFilter.sort();
}

describe('a brushed range keeps the events that overlap it', () => {
  it('includes its last day: a range ending on 9 January keeps the span that starts that day', () => {
    const range = dayRange(utc(2017, 0, 1), utc(2017, 0, 9));
    expect(keptBy(range)).toContain('haftar-kuznetsov-tobruk');
    expect(keptBy(dayRange(utc(2017, 0, 1), utc(2017, 0, 8)))).not.toContain(
      'haftar-kuznetsov-tobruk',
    );
  });

  it('keeps a month-precision event for any day of its month, and not for the days around it', () => {
    expect(keptBy(dayRange(utc(2019, 7, 31), utc(2019, 8, 10)))).toContain('inf-us-withdrawal');
    expect(keptBy(dayRange(utc(2019, 6, 1), utc(2019, 7, 1)))).toContain('inf-us-withdrawal');
    expect(keptBy(dayRange(utc(2019, 8, 1), utc(2019, 8, 30)))).not.toContain('inf-us-withdrawal');
    expect(keptBy(dayRange(utc(2019, 6, 1), utc(2019, 6, 31)))).not.toContain('inf-us-withdrawal');
  });

  it('keeps a span crossing either edge of the range', () => {
    // 9-15 January 2017: a range from the 12th, and one ending on the 10th, both cut it.
    expect(keptBy(dayRange(utc(2017, 0, 12), utc(2017, 0, 20)))).toContain('italy-embassy-tripoli');
    expect(keptBy(dayRange(utc(2017, 0, 10), utc(2017, 0, 10)))).toContain('italy-embassy-tripoli');
    expect(keptBy(dayRange(utc(2017, 0, 15), utc(2017, 0, 20)))).toContain('italy-embassy-tripoli');
    expect(keptBy(dayRange(utc(2017, 0, 16), utc(2017, 0, 20)))).not.toContain(
      'italy-embassy-tripoli',
    );
  });

  it('keeps the seed story in its two acts', () => {
    expect(keptBy(dayRange(utc(2017, 0, 1), utc(2017, 11, 31)))).toHaveLength(5);
    expect(keptBy(dayRange(utc(2018, 0, 1), utc(2019, 11, 31)))).toEqual([
      'inf-russia-exit',
      'inf-us-withdrawal',
      'shoigu-rossiya24-statement',
    ]);
  });
});

describe('brush extents', () => {
  const scale = timeScale([utc(2017, 0, 1), utc(2017, 1, 1)], [0, 31 * 20]);

  it('snaps a drag outward to whole UTC days, in either direction', () => {
    const range = brushExtent(scale, 8.5 * 20, 14.2 * 20, utcDay);
    expect(range).toEqual([utc(2017, 0, 9), utc(2017, 0, 16)]);
    expect(brushExtent(scale, 14.2 * 20, 8.5 * 20, utcDay)).toEqual(range);
  });

  it('keeps at least one period', () => {
    expect(brushExtent(scale, 100, 100, utcDay)).toEqual([utc(2017, 0, 6), utc(2017, 0, 7)]);
    expect(snapRange(utc(2017, 0, 6), utc(2017, 0, 6), utcHour)).toEqual([
      utc(2017, 0, 6),
      utc(2017, 0, 6) + 36e5,
    ]);
  });

  it('moves a range by whole days, keeping its length', () => {
    const range = dayRange(utc(2017, 0, 9), utc(2017, 0, 15));
    expect(moveRange(range, 3.4 * DAY, utcDay)).toEqual(
      dayRange(utc(2017, 0, 12), utc(2017, 0, 18)),
    );
  });

  it('resizes from either end, swapping ends when a handle is dragged past the other', () => {
    const range = dayRange(utc(2017, 0, 9), utc(2017, 0, 15));
    expect(resizeRange(range, 'to', utc(2017, 0, 20), utcDay)).toEqual([
      utc(2017, 0, 9),
      utc(2017, 0, 20),
    ]);
    expect(resizeRange(range, 'from', utc(2017, 0, 20), utcDay)).toEqual([
      utc(2017, 0, 16),
      utc(2017, 0, 20),
    ]);
    expect(resizeRange(range, 'from', utc(2017, 0, 16), utcDay)).toEqual([
      utc(2017, 0, 16),
      utc(2017, 0, 17),
    ]);
  });

  it('is no filter when it covers all the data', () => {
    const bounds = [utc(2017, 0, 1), utc(2019, 8, 1)] as const;
    expect(normalizeRange([utc(2016, 0, 1), utc(2020, 0, 1)], bounds)).toBeNull();
    expect(normalizeRange(bounds, bounds)).toBeNull();
    expect(normalizeRange([utc(2017, 0, 2), utc(2019, 8, 1)], bounds)).toEqual([
      utc(2017, 0, 2),
      utc(2019, 8, 1),
    ]);
    expect(normalizeRange(null, bounds)).toBeNull();
  });
});
