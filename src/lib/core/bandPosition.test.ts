import { describe, expect, it } from 'vitest';
import { bandPosition, describeBandDistance, formatBandKm, formatKm } from './bandPosition';

describe('bandPosition', () => {
  it('counts both edges as inside', () => {
    const band = [500, 5500] as const;
    expect([499, 500, 501, 5499, 5500, 5501].map((km) => bandPosition(km, band))).toEqual([
      'nearer',
      'inside',
      'inside',
      'inside',
      'inside',
      'beyond',
    ]);
    expect(bandPosition(0, [0, 10])).toBe('inside');
  });
});

describe('describeBandDistance', () => {
  it('says how far and where, in whole km with thousands separators', () => {
    expect(formatKm(2390.4)).toBe('2,390 km');
    expect(formatBandKm([500, 5500])).toBe('500–5,500 km');
    expect(formatBandKm([0, 12_345.67])).toBe('0–12,345.7 km');
    expect(describeBandDistance(2390.4, [500, 5500], 'Moscow')).toBe(
      '2,390 km from Moscow: inside the band',
    );
    expect(describeBandDistance(0, [500, 5500], 'Moscow')).toBe(
      "0 km from Moscow: nearer than the band's 500 km inner edge",
    );
    expect(describeBandDistance(7820.9, [500, 5500], 'Tobruk')).toBe(
      "7,821 km from Tobruk: beyond the band's 5,500 km outer edge",
    );
  });
});
