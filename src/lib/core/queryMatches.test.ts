import { describe, expect, it } from 'vitest';
import { hasEvery, queryMatches } from './queryMatches';
import { eventSearchText, searchWords } from './searchText';
import { adoptSearchTexts } from './searchTexts';
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

  it('finds the same, in position order, reading the texts in the order they were made', () => {
    const other = createTimeIndex(index.events);
    const made = Int32Array.from(other.events.keys());
    const random = seededRandom(8);
    for (let i = made.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [made[i], made[j]] = [made[j]!, made[i]!];
    }
    adoptSearchTexts(other, other.events.map(eventSearchText), made);
    for (const query of ['t', 'tripoli', 'em tripoli', 'zz', 'near']) {
      expect([...queryMatches(other, searchWords(query))], query).toEqual(naive(query));
    }
  });

  it('keeps every event for no words', () => {
    expect(queryMatches(index, []).length).toBe(index.events.length);
  });
});
