import { describe, expect, it } from 'vitest';
import { Gazetteer } from './gazetteer';
import { locateByPlace, needsLocation } from './locateByPlace';

const gazetteer = Gazetteer.parse(
  '[countries]\nLY\tLibya\n[cities]\nTobruk\tLY\t79\t32.090\t23.954\n',
);

describe('locateByPlace', () => {
  it('places records with a place and no coordinates, and notes places it does not know', () => {
    const records = [
      { id: 'a', place: 'Tobruk, Libya' },
      { id: 'b', place: 'Atlantis' },
      { id: 'c', place: 'Tobruk', lat: 1, lon: 2 },
      { id: 'd' },
    ];
    const result = locateByPlace(records, [2, 3, 4, 5], gazetteer);
    expect(records[0]).toEqual({
      id: 'a',
      place: 'Tobruk, Libya',
      lat: 32.09,
      lon: 23.954,
      locatedBy: 'place-name',
    });
    expect(records[2]).toEqual({ id: 'c', place: 'Tobruk', lat: 1, lon: 2 });
    expect(result).toEqual({
      located: 1,
      notes: [
        {
          row: 3,
          id: 'b',
          field: 'place',
          reason: "'Atlantis' is not a city the gazetteer knows; the event is not on the map",
          kept: true,
        },
      ],
    });
  });

  it('knows which records need it', () => {
    expect(needsLocation({ place: 'x', lat: '', lon: null })).toBe(true);
    expect(needsLocation({ place: ' ' })).toBe(false);
    expect(needsLocation({ place: 'x', lat: 0, lon: 0 })).toBe(false);
    expect(needsLocation('x')).toBe(false);
  });
});
