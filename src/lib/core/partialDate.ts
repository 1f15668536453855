import type { Precision } from './event';

/** A calendar date known to a year, a month or a day (proleptic Gregorian, UTC). */
export interface PartialDate {
  year: number;
  /** 1-12, present for month and day precision. */
  month?: number;
  /** 1-31, present for day precision. */
  day?: number;
  precision: Precision;
}

export type ParseResult<T> = { ok: true; value: T } | { ok: false; reason: string };

/** Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, rejecting impossible months and days. */
export function parsePartialDate(text: string): ParseResult<PartialDate> {
  const date: DateReading = { year: 0, month: 0, day: 0, precision: 'year' };
  const reason = readPartialDate(text, date);
  if (reason !== null) return { ok: false, reason };
  const { year, month, day, precision } = date;
  if (precision === 'year') return { ok: true, value: { year, precision } };
  if (precision === 'month') return { ok: true, value: { year, month, precision } };
  return { ok: true, value: { year, month, day, precision } };
}

/** A date as `readPartialDate` reads it: month and day are 0 when not given. */
export interface DateReading {
  year: number;
  month: number;
  day: number;
  precision: Precision;
}

/**
 * Reads `text` into `date` as parsePartialDate parses it, and returns null, or returns why it
 * is not a date. For reading many dates (validating a file reads one or two per row): nothing
 * is allocated, where a result object, a regular expression's match array and its substrings
 * per date were most of the cost. An optional leading `-` marks years BC.
 */
export function readPartialDate(text: string, date: DateReading): string | null {
  const t = text.trim();
  const sign = t.charCodeAt(0) === MINUS ? 1 : 0;
  const length = t.length - sign;
  const y = digits(t, sign, 4);
  const shape =
    y >= 0 &&
    (length === 4 ||
      ((length === 7 || length === 10) &&
        t.charCodeAt(sign + 4) === MINUS &&
        digits(t, sign + 5, 2) >= 0 &&
        (length === 7 || (t.charCodeAt(sign + 7) === MINUS && digits(t, sign + 8, 2) >= 0))));
  if (!shape) return `'${text}' is not a date (use YYYY, YYYY-MM or YYYY-MM-DD)`;
  // `-0000` is year -0, as Number('-0000') was: formatting and equality tests see the sign.
  date.year = sign ? -y : y;
  date.month = length === 4 ? 0 : digits(t, sign + 5, 2);
  date.day = length === 10 ? digits(t, sign + 8, 2) : 0;
  date.precision = length === 4 ? 'year' : length === 7 ? 'month' : 'day';
  if (length === 4) return null;
  if (date.month < 1 || date.month > 12)
    return `'${text}' is not a date (month ${t.slice(sign + 5, sign + 7)})`;
  if (length === 10 && (date.day < 1 || date.day > daysInMonth(date.year, date.month)))
    return `'${text}' is not a date (day ${t.slice(sign + 8, sign + 10)})`;
  return null;
}

/** UTC milliseconds at the first instant of a date read by readPartialDate. */
export function readingStart({ year, month, day }: DateReading): number {
  return utc(year, (month || 1) - 1, day || 1);
}

/** UTC milliseconds at the first instant after a date read by readPartialDate. */
export function readingEnd({ year, month, day, precision }: DateReading): number {
  if (precision === 'year') return utc(year + 1, 0, 1);
  if (precision === 'month') return utc(year, month, 1);
  return utc(year, month - 1, day + 1);
}

const MINUS = 45;
const ZERO = 48;

/** The value of `count` ASCII digits of `text` from `at`, or -1 if any is not one. */
function digits(text: string, at: number, count: number): number {
  let value = 0;
  for (let i = at; i < at + count; i++) {
    const d = text.charCodeAt(i) - ZERO;
    // NaN (past the end) fails this test too.
    if (!(d >= 0 && d <= 9)) return -1;
    value = value * 10 + d;
  }
  return value;
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export function daysInMonth(year: number, month: number): number {
  if (Number.isInteger(year) && Number.isInteger(month) && month >= 1 && month <= 12) {
    return month === 2 && isLeapYear(year) ? 29 : MONTH_DAYS[month - 1]!;
  }
  return new Date(utc(year, month, 0)).getUTCDate();
}

/** Proleptic Gregorian, as Date counts: year 0 (1 BC) is a leap year. */
function isLeapYear(year: number): boolean {
  return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
}

/** UTC milliseconds at the first instant of the date's period. */
export function partialDateStart(date: PartialDate): number {
  return utc(date.year, (date.month ?? 1) - 1, date.day ?? 1);
}

/** UTC milliseconds at the first instant after the date's period (exclusive end). */
export function partialDateEnd(date: PartialDate): number {
  switch (date.precision) {
    case 'year':
      return utc(date.year + 1, 0, 1);
    case 'month':
      return utc(date.year, date.month ?? 1, 1);
    case 'day':
      return utc(date.year, (date.month ?? 1) - 1, (date.day ?? 1) + 1);
  }
}

/** Formats back to the ISO text it came from. */
export function formatPartialDate(date: PartialDate): string {
  const pad = (n: number, width = 2) => String(Math.abs(n)).padStart(width, '0');
  const year = (date.year < 0 ? '-' : '') + pad(date.year, 4);
  if (date.precision === 'year') return year;
  if (date.precision === 'month') return `${year}-${pad(date.month ?? 1)}`;
  return `${year}-${pad(date.month ?? 1)}-${pad(date.day ?? 1)}`;
}

/** `Date.UTC` maps years 0-99 to 1900-1999; this does not. Month is 0-based and may overflow. */
export function utc(year: number, month: number, day: number): number {
  // Calendar arithmetic for the common case (whole numbers in a sane range): a Date object per
  // call was a large share of validating a big file. Anything else goes through Date.
  if (
    Number.isInteger(year) &&
    Number.isInteger(month) &&
    Number.isInteger(day) &&
    Math.abs(year) < 1e6 &&
    Math.abs(month) < 1e6 &&
    Math.abs(day) < 1e9
  ) {
    const years = Math.floor(month / 12);
    const ms = (daysFromCivil(year + years, month - years * 12 + 1) + day - 1) * DAY_MS;
    // Date's own limit (TimeClip): ±100,000,000 days around 1970.
    return Math.abs(ms) > 8.64e15 ? NaN : ms + 0;
  }
  return new Date(0).setUTCFullYear(year, month, day);
}

const DAY_MS = 86_400_000;

/**
 * Days from 1970-01-01 to the first of `month` (1-12) of `year`, proleptic Gregorian (Howard
 * Hinnant's days_from_civil: years counted from March, so the leap day comes last).
 */
function daysFromCivil(year: number, month: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * ((month + 9) % 12) + 2) / 5);
  const dayOfEra =
    yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}
