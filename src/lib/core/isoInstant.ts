import { parsePartialDate, partialDateStart } from './partialDate';

/**
 * An instant as ISO text in UTC: a date alone when it falls on midnight ("2019-08-18"),
 * otherwise minutes or seconds with a Z ("2019-08-18T14:30Z"). Never the viewer's time zone.
 */
export function formatIsoInstant(time: number): string {
  const iso = new Date(time).toISOString(); // e.g. 2019-08-18T14:30:00.000Z, or +012019-… far out
  if (time % 86_400_000 === 0) return iso.slice(0, iso.indexOf('T'));
  if (time % 60_000 === 0) return iso.replace(/:00\.000Z$/, 'Z');
  return iso.replace(/\.000Z$/, 'Z');
}

const DATE_TIME = /^(-?\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3}))?)?Z$/;

/** Reads what formatIsoInstant writes, plus YYYY and YYYY-MM (their first instant). Null if invalid. */
export function parseIsoInstant(text: string): number | null {
  const match = DATE_TIME.exec(text);
  const date = parsePartialDate(match ? match[1]! : text);
  if (!date.ok) return null;
  const start = partialDateStart(date.value);
  if (!match) return start;
  const [hours, minutes, seconds, millis] = [match[2], match[3], match[4], match[5]].map((part) =>
    Number(part ?? 0),
  ) as [number, number, number, number];
  if (date.value.precision !== 'day' || hours > 23 || minutes > 59 || seconds > 59) return null;
  const fraction = match[5] ? Number(match[5].padEnd(3, '0')) : millis;
  return start + ((hours * 60 + minutes) * 60 + seconds) * 1000 + fraction;
}
