import { describe, expect, it } from 'vitest';
import { formatInstant, formatRangeEnd, formatTimeRange } from './formatInstant';
import { utc } from './partialDate';

const HOUR = 36e5;

describe('formatInstant', () => {
  it('says the UTC day, and the time only when asked and not midnight', () => {
    expect(formatInstant(utc(2019, 7, 18))).toBe('18 August 2019');
    expect(formatInstant(utc(2019, 7, 18) + 23 * HOUR)).toBe('18 August 2019');
    expect(formatInstant(utc(2019, 7, 18) + 14.5 * HOUR, true)).toBe('18 August 2019, 14:30 UTC');
    expect(formatInstant(utc(2019, 7, 18), true)).toBe('18 August 2019');
  });
});

describe('formatTimeRange', () => {
  it('says a range of whole days as a span, its last day included', () => {
    expect(formatTimeRange([utc(2017, 0, 9), utc(2017, 0, 16)])).toBe('9–15 January 2017');
    expect(formatTimeRange([utc(2017, 0, 1), utc(2019, 8, 1)])).toBe(
      '1 January 2017 – 31 August 2019',
    );
    expect(formatTimeRange([utc(2019, 7, 18), utc(2019, 7, 19)])).toBe('18 August 2019');
    expect(formatRangeEnd(utc(2019, 8, 1))).toBe('31 August 2019');
    expect(formatRangeEnd(utc(2019, 8, 1) + 6 * HOUR)).toBe('1 September 2019, 06:00 UTC');
  });
});
