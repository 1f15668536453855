import type { EventTime } from './event';
import {
  readingEnd,
  readingStart,
  readPartialDate,
  type DateReading,
  type ParseResult,
} from './partialDate';

// Reused for every call (validation reads one or two dates a row): see readPartialDate.
const from: DateReading = { year: 0, month: 0, day: 0, precision: 'year' };
const to: DateReading = { year: 0, month: 0, day: 0, precision: 'year' };

/** The time an event covers, from its `date` and optional `end` (a span). */
export function eventTime(
  date: string,
  end?: string,
): ParseResult<EventTime> & { field?: 'date' | 'end' } {
  const fromReason = readPartialDate(date, from);
  if (fromReason !== null) return { ok: false, reason: fromReason, field: 'date' };
  const start = readingStart(from);
  if (end === undefined || end === '') {
    return { ok: true, value: { start, end: readingEnd(from), precision: from.precision } };
  }
  const toReason = readPartialDate(end, to);
  if (toReason !== null) return { ok: false, reason: toReason, field: 'end' };
  const spanEnd = readingEnd(to);
  if (spanEnd <= start || readingStart(to) < start) {
    return { ok: false, reason: `'${end}' is before the start date '${date}'`, field: 'end' };
  }
  return {
    ok: true,
    value: { start, end: spanEnd, precision: from.precision, endPrecision: to.precision },
  };
}
