import { describe, expect, it } from 'vitest';
import { hasEvery, queryMatches } from './queryMatches';
import { eventSearchText, searchWords } from './searchText';
import { randomEvents } from './testing/randomEvents';
import { seededRandom } from './testing/seededRandom';
import { createTimeIndex } from './timeIndex';

describe('queryMatches', () => {
  const index = createTimeIndex(randomEvents(seededRandom(6), 2000));
  const naive = (query: string) => {
    const words = searchWords(query);
    return index.events.flatMap((e, p) => (hasEvery(eventSearchText(e), words) ? [p] : []));
  };

  it('finds the events with every word, while typing on, back and in another order', () => {
    // Narrowing from an earlier answer must never lose a match: "t" → "tr" → "tri" and so on.
    const typed = [
      't',
      'tr',
      'tri',
      'trip',
      'tri',
      'tripoli',
      'tripoli e',
      'tripoli em',
      'em tripoli',
      'tobruk',
      'o',
      'ob',
      'k ob',
      'kuz',
      'zz',
      'z',
      'haftar',
      'ḤAF',
      'near',
    ];
    for (const query of typed) {
      expect([...queryMatches(index, searchWords(query))], query).toEqual(naive(query));
    }
  });

  it('answers the same words again from what it kept', () => {
    const words = searchWords('embassy');
    expect(queryMatches(index, words)).toBe(queryMatches(index, [...words]));
  });

  it('keeps every event for no words', () => {
    expect(queryMatches(index, []).length).toBe(index.events.length);
  });
});
