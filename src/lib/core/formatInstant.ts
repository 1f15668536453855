import { formatEventDate, formatPartialDateLong } from './formatEventDate';
import { formatPartialDate, type PartialDate } from './partialDate';

const DAY = 864e5;

function dayOf(time: number): PartialDate {
  const date = new Date(time);
  return {
    year: date.getUTCFullYear(),
    month: date.getUTCMonth() + 1,
    day: date.getUTCDate(),
    precision: 'day',
  };
}

const clock = (time: number) => new Date(time).toISOString().slice(11, 16);

/**
 * An instant as the time cursor says it: "18 August 2019", or with the UTC time of day
 * ("18 August 2019, 14:00 UTC") when `withTime` (the timeline is zoomed to hours) and it is not
 * midnight.
 */
export function formatInstant(time: number, withTime = false): string {
  const day = formatPartialDateLong(dayOf(time));
  const midnight = ((time % DAY) + DAY) % DAY === 0;
  return withTime && !midnight ? `${day}, ${clock(time)} UTC` : day;
}

/**
 * The last instant a range [from, to) includes, said as people say the end of a range: a range
 * ending at midnight ends on the day before ("to 31 August 2019"), otherwise at its time.
 */
export function formatRangeEnd(to: number): string {
  const midnight = ((to % DAY) + DAY) % DAY === 0;
  return midnight ? formatInstant(to - DAY) : formatInstant(to, true);
}

/**
 * A brushed range [from, to) as a date range: "9–15 January 2017", "1 January 2017 – 31 August
 * 2019"; with times when it does not fall on whole days.
 */
export function formatTimeRange(range: readonly [number, number]): string {
  const [from, to] = range;
  const whole = (t: number) => ((t % DAY) + DAY) % DAY === 0;
  if (whole(from) && whole(to)) {
    // The same wording as an event's span, which says shared parts once.
    return formatEventDate({
      date: formatPartialDate(dayOf(from)),
      end: formatPartialDate(dayOf(to - DAY)),
    });
  }
  return `${formatInstant(from, true)} – ${formatInstant(to, true)}`;
}
