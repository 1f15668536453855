import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { Gazetteer, normalizePlace } from './gazetteer';

const SMALL = [
  '# a test gazetteer',
  '[countries]',
  'LY\tLibya',
  'LB\tLebanon',
  'US\tUnited States|USA',
  'MX\tMexico',
  'RU\tRussia',
  '[admin]',
  'US\tID\tIdaho',
  'US\tDC\tDistrict of Columbia',
  '[cities]',
  'Moscow\tRU\t48\t55.752\t37.616',
  'Tripoli\tLY\t77\t32.887\t13.187',
  'Washington, D.C.\tUS\tDC\t38.895\t-77.036',
  'Washington\tUS\tDC\t38.895\t-77.036',
  'Tripoli\tLB\t09\t34.434\t35.844',
  'Moscow\tUS\tID\t46.732\t-117.000',
  'Mexico\tUS\tMO\t39.170\t-91.883',
  'Tobruk\tLY\t79\t32.090\t23.954',
  'Şabrātah\tLY\t73\t32.793\t12.488',
  '',
].join('\n');

describe('Gazetteer', () => {
  const gazetteer = Gazetteer.parse(SMALL);

  it.each([
    ['Tripoli', 'LY'],
    ['Tripoli, Libya', 'LY'],
    ['Tripoli, Lebanon', 'LB'],
    ['Tripoli (Lebanon)', 'LB'],
    ['Moscow, Russia', 'RU'],
    ['Moscow, Idaho', 'US'],
    ['Moscow, ID', 'US'],
    ['Washington, D.C., United States', 'US'],
    ['washington dc', 'US'],
    ['Kremlin, Moscow, Russia', 'RU'],
    ['off Tobruk, Libya', 'LY'],
    ['Sabratah', 'LY'],
  ])('finds %s in %s', (place, country) => {
    expect(gazetteer.locate(place)?.country).toBe(country);
  });

  it('gives the coordinates of the largest match', () => {
    expect(gazetteer.locate('Tripoli')).toEqual({
      name: 'Tripoli',
      country: 'LY',
      lat: 32.887,
      lon: 13.187,
    });
  });

  it.each(['Atlantis', 'Libya', 'Mexico', 'Tripoli, Russia', ''])('does not find %j', (place) => {
    expect(gazetteer.locate(place)).toBeNull();
  });

  it('normalises case, accents and punctuation', () => {
    expect(normalizePlace('  Şabrātah, D.C. ')).toBe('sabratah dc');
  });
});

const built = fileURLToPath(new URL('../../../../data/gazetteer.tsv', import.meta.url));
describe.skipIf(!existsSync(built))('the built gazetteer (data/gazetteer.tsv)', () => {
  const gazetteer = Gazetteer.parse(readFileSync(built, 'utf8'));

  it('holds tens of thousands of cities', () => {
    expect(gazetteer.size).toBeGreaterThan(40_000);
  });

  it.each([
    ['Moscow, Russia', 55.75, 37.62],
    ['Tripoli, Libya', 32.89, 13.19],
    ['Tobruk, Libya', 32.09, 23.95],
    ['Washington, D.C., United States', 38.9, -77.04],
    ['Rome, Italy', 41.89, 12.51],
    ['Misrata', 32.38, 15.09],
    ['Kyiv', 50.45, 30.52],
  ])("places the seed story's and other well-known places: %s", (place, lat, lon) => {
    const match = gazetteer.locate(place)!;
    expect(match.lat).toBeCloseTo(lat, 1);
    expect(match.lon).toBeCloseTo(lon, 1);
  });
});
