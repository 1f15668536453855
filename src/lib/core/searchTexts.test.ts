import { describe, expect, it } from 'vitest';
import { eventSearchText } from './searchText';
import { adoptSearchTexts, searchOrder, searchTexts, warmSearchTexts } from './searchTexts';
import { randomEvents } from './testing/randomEvents';
import { seededRandom } from './testing/seededRandom';
import { createTimeIndex } from './timeIndex';

describe('searchTexts', () => {
  it('holds each event’s search text by position, built once', () => {
    const index = createTimeIndex(randomEvents(seededRandom(1), 300));
    const texts = searchTexts(index);
    expect(texts).toEqual(index.events.map(eventSearchText));
    expect(searchTexts(index)).toBe(texts);
    expect(searchTexts(createTimeIndex([]))).toEqual([]);
  });

  it('can be built a slice at a time, and a search meanwhile finishes the build', () => {
    const index = createTimeIndex(randomEvents(seededRandom(2), 1800));
    let calls = 0;
    // No time left after each slice: one slice per call.
    while (!warmSearchTexts(index, () => 0)) calls++;
    expect(calls).toBe(3); // 1,800 events in slices of 500: the fourth call completes
    expect(searchTexts(index)).toEqual(index.events.map(eventSearchText));

    const other = createTimeIndex(randomEvents(seededRandom(3), 1200));
    expect(warmSearchTexts(other, () => 0)).toBe(false);
    expect(searchTexts(other)).toEqual(other.events.map(eventSearchText));
    expect(warmSearchTexts(other, () => 0)).toBe(true);
  });

  it('adopts texts built elsewhere when there is one per event, with the order they were made', () => {
    const index = createTimeIndex(randomEvents(seededRandom(4), 50));
    const texts = index.events.map(eventSearchText);
    const made = Int32Array.from(texts.keys()).reverse();
    adoptSearchTexts(index, texts, made);
    expect(searchTexts(index)).toBe(texts);
    expect(warmSearchTexts(index, () => 0)).toBe(true);
    expect(searchOrder(index)).toBe(made);
    // Not one per event: ignored, and the index builds its own, read in position order.
    const other = createTimeIndex(randomEvents(seededRandom(5), 50));
    adoptSearchTexts(other, ['too few']);
    expect(searchTexts(other)).toEqual(other.events.map(eventSearchText));
    expect(searchOrder(other)).toBeNull();
  });
});
