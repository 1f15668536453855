import { describe, expect, it } from 'vitest';
import { inTimeRange } from './inTimeRange';

const time = (start: number, end: number) => ({ start, end, precision: 'day' as const });

describe('inTimeRange', () => {
  it('keeps what overlaps [from, to), a span by any part, and everything without a range', () => {
    expect(inTimeRange(time(10, 20), null)).toBe(true);
    expect(inTimeRange(time(10, 20), [15, 30])).toBe(true); // a span reaching into it
    expect(inTimeRange(time(10, 20), [0, 11])).toBe(true);
    expect(inTimeRange(time(10, 20), [20, 30])).toBe(false); // ends as the range starts
    expect(inTimeRange(time(10, 20), [0, 10])).toBe(false); // the range ends as it starts
  });
});
