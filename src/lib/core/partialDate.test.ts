import { describe, expect, it } from 'vitest';
import {
  daysInMonth,
  formatPartialDate,
  parsePartialDate,
  partialDateEnd,
  partialDateStart,
  utc,
} from './partialDate';

describe('parsePartialDate', () => {
  it('runs in a non-UTC zone, so a date that slips a day fails here', () => {
    expect(new Date(2019, 7, 18).getTimezoneOffset()).not.toBe(0);
  });

  it('reads year, month and day precision', () => {
    expect(parsePartialDate('2019')).toEqual({
      ok: true,
      value: { year: 2019, precision: 'year' },
    });
    expect(parsePartialDate('2019-08')).toEqual({
      ok: true,
      value: { year: 2019, month: 8, precision: 'month' },
    });
    expect(parsePartialDate(' 2019-08-18 ')).toEqual({
      ok: true,
      value: { year: 2019, month: 8, day: 18, precision: 'day' },
    });
  });

  it.each([
    '2019-13-40',
    '2019-13',
    '2019-00',
    '2019-02-29',
    '2019-04-31',
    '19',
    '2019/08/18',
    '',
    'August 2019',
  ])('rejects %j with a reason', (text) => {
    const result = parsePartialDate(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toContain('is not a date');
  });

  it('knows leap years', () => {
    expect(parsePartialDate('2020-02-29').ok).toBe(true);
    expect(daysInMonth(1900, 2)).toBe(28);
    expect(daysInMonth(2000, 2)).toBe(29);
  });

  it('round-trips through formatPartialDate', () => {
    for (const text of ['2019', '2019-08', '2019-08-18', '0044', '-0044-03-15']) {
      const result = parsePartialDate(text);
      expect(result.ok && formatPartialDate(result.value)).toBe(text);
    }
  });
});

describe('partialDateStart / partialDateEnd', () => {
  const iso = (ms: number) => new Date(ms).toISOString();
  const parsed = (text: string) => {
    const result = parsePartialDate(text);
    if (!result.ok) throw new Error(result.reason);
    return result.value;
  };

  it('covers the whole period in UTC, end exclusive', () => {
    expect(iso(partialDateStart(parsed('2019-08-18')))).toBe('2019-08-18T00:00:00.000Z');
    expect(iso(partialDateEnd(parsed('2019-08-18')))).toBe('2019-08-19T00:00:00.000Z');
    expect(iso(partialDateStart(parsed('2019-08')))).toBe('2019-08-01T00:00:00.000Z');
    expect(iso(partialDateEnd(parsed('2019-12')))).toBe('2020-01-01T00:00:00.000Z');
    expect(iso(partialDateEnd(parsed('2019')))).toBe('2020-01-01T00:00:00.000Z');
    expect(iso(partialDateEnd(parsed('2019-12-31')))).toBe('2020-01-01T00:00:00.000Z');
  });

  it('does not map years 0-99 to the 1900s', () => {
    expect(new Date(utc(44, 2, 15)).getUTCFullYear()).toBe(44);
    expect(new Date(partialDateStart(parsed('0079-08-24'))).toISOString()).toBe(
      '0079-08-24T00:00:00.000Z',
    );
  });
});
