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

const ISO_PARTIAL = /^(-?\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, rejecting impossible months and days. */
export function parsePartialDate(text: string): ParseResult<PartialDate> {
  const match = ISO_PARTIAL.exec(text.trim());
  if (!match)
    return { ok: false, reason: `'${text}' is not a date (use YYYY, YYYY-MM or YYYY-MM-DD)` };
  const [, y, m, d] = match;
  const year = Number(y);
  if (m === undefined) return { ok: true, value: { year, precision: 'year' } };
  const month = Number(m);
  if (month < 1 || month > 12) return { ok: false, reason: `'${text}' is not a date (month ${m})` };
  if (d === undefined) return { ok: true, value: { year, month, precision: 'month' } };
  const day = Number(d);
  if (day < 1 || day > daysInMonth(year, month)) {
    return { ok: false, reason: `'${text}' is not a date (day ${d})` };
  }
  return { ok: true, value: { year, month, day, precision: 'day' } };
}

export function daysInMonth(year: number, month: number): number {
  return new Date(utc(year, month, 0)).getUTCDate();
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
  return new Date(0).setUTCFullYear(year, month, day);
}
