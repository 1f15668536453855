import { describe, expect, it } from 'vitest';
import type { DatelineEvent } from './event';
import { locatedBounds } from './locatedBounds';
import { markerPointsOf } from './markerPoints';

const at = (lat?: number, lon?: number) => ({ lat, lon }) as DatelineEvent;
const boundsOf = (events: DatelineEvent[]) => locatedBounds(markerPointsOf(events));

describe('locatedBounds', () => {
  it('is the min/max box of the events with a place', () => {
    // Tobruk, Tripoli, Rome; an event without a place does not widen it.
    const box = boundsOf([at(32.0836, 23.9764), at(32.8872, 13.1913), at(), at(41.9028, 12.4964)]);
    const [[south, west], [north, east]] = box!;
    expect(south).toBeCloseTo(32.0836, 9);
    expect(west).toBeCloseTo(12.4964, 9);
    expect(north).toBeCloseTo(41.9028, 9);
    expect(east).toBeCloseTo(23.9764, 9);
  });

  it('is a point for one located event', () => {
    const [[south, west], [north, east]] = boundsOf([at(-33.9, 151.2)])!;
    expect([south, west, north, east].map((v) => +v.toFixed(9))).toEqual([
      -33.9, 151.2, -33.9, 151.2,
    ]);
  });

  it('is null when no event has a place', () => {
    expect(boundsOf([])).toBeNull();
    expect(boundsOf([at(), at(10)])).toBeNull();
  });
});
