import { describe, expect, it } from 'vitest';
import { eventSearchText } from './searchText';
import { searchTexts } from './searchTexts';
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
});
