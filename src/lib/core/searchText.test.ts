import { describe, expect, it } from 'vitest';
import { eventSearchText, eventSearchTexts, normalizeText, searchWords } from './searchText';
import { seededRandom } from './testing/seededRandom';

/** What normalizeText did before its ASCII shortcut, for every text. */
const slow = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

describe('normalizeText', () => {
  it('lower-cases and strips accents', () => {
    expect(normalizeText('Ḥaftar TRIPOLÍ')).toBe('haftar tripoli');
    expect(normalizeText('Cafe\u0301 Café')).toBe('cafe cafe');
  });

  it('gives the same text with or without the ASCII shortcut', () => {
    const random = seededRandom(12);
    const alphabet = [
      'A',
      'z',
      ' ',
      '\n',
      '\t',
      '-',
      '9',
      'É',
      'ß',
      'İ',
      '\u0301',
      'Ḥ',
      '\x00',
      '\x7f',
    ];
    for (let i = 0; i < 2000; i++) {
      const text = Array.from({ length: Math.floor(random() * 12) }, () =>
        random() < 0.8
          ? String.fromCharCode(32 + Math.floor(random() * 95))
          : alphabet[Math.floor(random() * alphabet.length)]!,
      ).join('');
      expect(normalizeText(text)).toBe(slow(text));
    }
  });
});

describe('searchWords', () => {
  it('splits the normalised query on white space', () => {
    expect(searchWords('  Ḥaftar\tTOBRUK  ')).toEqual(['haftar', 'tobruk']);
    expect(searchWords('   ')).toEqual([]);
    expect(searchWords('\u0301')).toEqual([]);
  });
});

describe('eventSearchText', () => {
  it('joins title, summary, place, actors, tags and source titles, one a line, normalised', () => {
    const event = {
      id: 'a',
      date: '2017',
      title: 'Ḥaftar',
      summary: 'On the KUZNETSOV',
      tags: ['Libya', 'Navy'],
      actors: ['Russia'],
      sources: [{ title: 'Tag Archives' }, { title: 'Tass' }],
      time: { start: 0, end: 1, precision: 'year' as const },
    };
    expect(eventSearchText(event)).toBe(
      'haftar\non the kuznetsov\n\nrussia\nlibya\nnavy\ntag archives\ntass',
    );
    expect(eventSearchText({ ...event, place: 'Tobruk', tags: [], actors: [] })).toBe(
      'haftar\non the kuznetsov\ntobruk\ntag archives\ntass',
    );
  });
});

describe('eventSearchTexts', () => {
  const event = (title: string, place?: string) => ({
    id: title,
    date: '2017',
    title,
    summary: 'Summary',
    ...(place === undefined ? {} : { place }),
    tags: ['Libya'],
    actors: [],
    sources: [{ title: 'Tass' }],
    time: { start: 0, end: 1, precision: 'year' as const },
  });

  it("gives each event's eventSearchText, ASCII or not, in order", () => {
    const random = seededRandom(7);
    const pieces = ['Tobruk', 'TRIPOLÍ', 'İstanbul', 'Ḥaftar', 'ß', 'Cafe\u0301', 'x', ''];
    const pick = () => pieces[Math.floor(random() * pieces.length)]!;
    const events = Array.from({ length: 300 }, () =>
      event(pick() + pick(), random() < 0.5 ? pick() : undefined),
    );
    expect(eventSearchTexts(events)).toEqual(events.map(eventSearchText));
    expect(eventSearchTexts(events, 100, 140)).toEqual(events.slice(100, 140).map(eventSearchText));
  });

  it('gives nothing for no events', () => {
    expect(eventSearchTexts([])).toEqual([]);
    expect(eventSearchTexts([event('A')], 1)).toEqual([]);
  });
});
