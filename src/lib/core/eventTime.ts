import type { EventTime } from './event';
import {
  parsePartialDate,
  partialDateEnd,
  partialDateStart,
  type ParseResult,
} from './partialDate';

/** The time an event covers, from its `date` and optional `end` (a span). */
export function eventTime(
  date: string,
  end?: string,
): ParseResult<EventTime> & { field?: 'date' | 'end' } {
  const from = parsePartialDate(date);
  if (!from.ok) return { ...from, field: 'date' };
  const time: EventTime = {
    start: partialDateStart(from.value),
    end: partialDateEnd(from.value),
    precision: from.value.precision,
  };
  if (end === undefined || end === '') return { ok: true, value: time };
  const to = parsePartialDate(end);
  if (!to.ok) return { ...to, field: 'end' };
  const spanEnd = partialDateEnd(to.value);
  if (spanEnd <= time.start || partialDateStart(to.value) < time.start) {
    return { ok: false, reason: `'${end}' is before the start date '${date}'`, field: 'end' };
  }
  return { ok: true, value: { ...time, end: spanEnd, endPrecision: to.value.precision } };
}
