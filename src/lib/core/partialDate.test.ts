import { describe, expect, it } from 'vitest';
import { seededRandom } from './testing/seededRandom';
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

describe('the fast paths agree with Date and the ISO pattern', () => {
  const random = seededRandom(77);
  const int = (lo: number, hi: number) => lo + Math.floor(random() * (hi - lo + 1));

  it('utc matches setUTCFullYear, overflowing months and days and years 0-99 included', () => {
    const viaDate = (y: number, m: number, d: number) => new Date(0).setUTCFullYear(y, m, d);
    const cases: [number, number, number][] = [
      [0, 0, 1],
      [-0, 0, 1],
      [99, 11, 31],
      [-1, 1, 29],
      [1969, 11, 31],
      [1970, 0, 1],
      [2019, 12, 1],
      [2019, -1, 1],
      [2019, 1, 0],
      [2020, 1, 30],
      [275760, 8, 13],
      [275760, 8, 14],
      [-271821, 3, 20],
      [-271821, 3, 19],
      [999999, 0, 1],
      [2019.5, 0, 1],
      [2019, 0, 1.5],
      [NaN, 0, 1],
      [Infinity, 0, 1],
      [2019, 0, 1e9],
    ];
    for (let i = 0; i < 3000; i++) cases.push([int(-3000, 3000), int(-30, 30), int(-400, 400)]);
    for (const [y, m, d] of cases) expect(utc(y, m, d), `${y}, ${m}, ${d}`).toBe(viaDate(y, m, d));
  });

  /** Date's answer: the day before the first of the next month. */
  const daysViaDate = (year: number, month: number) =>
    new Date(new Date(0).setUTCFullYear(year, month, 0)).getUTCDate();

  it('daysInMonth matches Date for any year', () => {
    for (let i = 0; i < 2000; i++) {
      const [year, month] = [int(-2500, 2500), int(1, 12)];
      expect(daysInMonth(year, month), `${year}-${month}`).toBe(daysViaDate(year, month));
    }
  });

  it('parsePartialDate answers as the regular expression it replaced', () => {
    // The earlier implementation, kept here as the reference.
    const pattern = /^(-?\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;
    const reference = (text: string) => {
      const match = pattern.exec(text.trim());
      if (!match)
        return { ok: false, reason: `'${text}' is not a date (use YYYY, YYYY-MM or YYYY-MM-DD)` };
      const [, y, m, d] = match;
      const year = Number(y);
      if (m === undefined) return { ok: true, value: { year, precision: 'year' } };
      const month = Number(m);
      if (month < 1 || month > 12)
        return { ok: false, reason: `'${text}' is not a date (month ${m})` };
      if (d === undefined) return { ok: true, value: { year, month, precision: 'month' } };
      const day = Number(d);
      if (day < 1 || day > daysViaDate(year, month))
        return { ok: false, reason: `'${text}' is not a date (day ${d})` };
      return { ok: true, value: { year, month, day, precision: 'day' } };
    };
    const alphabet = ['0', '1', '2', '3', '9', '-', ' ', 'x', '٣', '\n'];
    const pad = (n: number, width: number) => String(n).padStart(width, '0');
    for (let i = 0; i < 5000; i++) {
      const text =
        random() < 0.5
          ? Array.from({ length: int(0, 12) }, () => alphabet[int(0, alphabet.length - 1)]).join('')
          : `${random() < 0.2 ? '-' : ''}${pad(int(0, 2100), 4)}-${pad(int(0, 13), 2)}` +
            (random() < 0.6 ? `-${pad(int(0, 32), 2)}` : '');
      expect(parsePartialDate(text), text).toEqual(reference(text));
    }
  });
});
