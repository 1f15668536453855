import { describe, expect, it } from 'vitest';
import type { DatelineEvent } from './event';
import { locatedBounds } from './locatedBounds';

const at = (lat?: number, lon?: number) => ({ lat, lon }) as DatelineEvent;

describe('locatedBounds', () => {
  it('is the min/max box of the events with a place', () => {
    // Tobruk, Tripoli, Rome; an event without a place does not widen it.
    const events = [at(32.0836, 23.9764), at(32.8872, 13.1913), at(), at(41.9028, 12.4964)];
    expect(locatedBounds(events)).toEqual([
      [32.0836, 12.4964],
      [41.9028, 23.9764],
    ]);
  });

  it('is a point for one located event', () => {
    expect(locatedBounds([at(32.0836, 23.9764)])).toEqual([
      [32.0836, 23.9764],
      [32.0836, 23.9764],
    ]);
  });

  it('is null when no event has a place', () => {
    expect(locatedBounds([])).toBeNull();
    expect(locatedBounds([at(), at(10)])).toBeNull();
  });
});
