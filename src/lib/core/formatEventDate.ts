import type { DatelineEvent } from './event';
import { parsePartialDate, type PartialDate } from './partialDate';

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** "2019", "August 2019" or "18 August 2019": the date at the precision it is known. */
export function formatPartialDateLong(date: PartialDate): string {
  const year = date.year < 1 ? `${1 - date.year} BCE` : String(date.year);
  if (date.precision === 'year') return year;
  const month = MONTHS[(date.month ?? 1) - 1];
  if (date.precision === 'month') return `${month} ${year}`;
  return `${date.day} ${month} ${year}`;
}

/**
 * An event's date as people write it: "18 August 2019", "August 2019", "9–15 January 2017",
 * "28 January – 3 February 2017", "by January 2017". Shared parts of a span are said once.
 */
export function formatEventDate(event: Pick<DatelineEvent, 'date' | 'end' | 'qualifier'>): string {
  const from = parsePartialDate(event.date);
  if (!from.ok) return event.date;
  const to = event.end ? parsePartialDate(event.end) : undefined;
  const prefix = event.qualifier === 'by' ? 'by ' : '';
  if (!to || !to.ok) return prefix + formatPartialDateLong(from.value);
  return prefix + formatSpan(from.value, to.value);
}

function formatSpan(a: PartialDate, b: PartialDate): string {
  const long = formatPartialDateLong;
  if (a.precision !== b.precision || a.year !== b.year) return `${long(a)} – ${long(b)}`;
  if (a.precision === 'year') return `${long(a)} – ${long(b)}`;
  if (a.precision === 'month') return `${MONTHS[(a.month ?? 1) - 1]} – ${long(b)}`;
  if (a.month === b.month) {
    return a.day === b.day ? long(a) : `${a.day}–${long(b)}`;
  }
  return `${a.day} ${MONTHS[(a.month ?? 1) - 1]} – ${long(b)}`;
}
