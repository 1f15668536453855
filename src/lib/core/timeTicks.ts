import { unixDay, utcDay, utcHour, utcMonday, utcMonth, utcYear, type TimeInterval } from 'd3';
import { formatPartialDateLong } from './formatEventDate';
import type { TimeScale } from './timeScale';

/** The calendar unit a tick level counts in; also the unit the time cursor steps by. */
export type TickUnit = 'hour' | 'day' | 'month' | 'year';

/** One rung of the tick ladder: ticks every `step` `unit`s, at the instants `interval` yields. */
export interface TickLevel {
  unit: TickUnit;
  step: number;
  interval: TimeInterval;
  /** Nominal length of one step, to estimate tick counts before generating any. */
  approxMs: number;
}

export interface TimelineTick {
  time: number;
  x: number;
  /** Empty when the label would not fit inside the plot; the tick line is still drawn. */
  label: string;
}

export interface TimeTicks {
  level: TickLevel;
  /** Ticks inside the plot, labelled at `level`'s unit ("2017", "Jan", "9", "06:00"). */
  ticks: TimelineTick[];
  /**
   * The enclosing period of the ticks ("2017" above months, "January 2017" above days), at each
   * period's start and pinned at the left edge for the period already under way; left-anchored.
   */
  context: TimelineTick[];
}

const HOUR = 36e5;
const DAY = 864e5;
const MONTH = 30.436875 * DAY;
const YEAR = 365.2425 * DAY;

const level = (unit: TickUnit, step: number, interval: TimeInterval | null, approxMs: number) => ({
  unit,
  step,
  interval: interval!,
  approxMs,
});

/** From finest to coarsest. Multi-day steps count from the epoch so ticks are evenly spaced. */
export const TICK_LEVELS: readonly TickLevel[] = [
  level('hour', 1, utcHour, HOUR),
  level('hour', 3, utcHour.every(3), 3 * HOUR),
  level('hour', 6, utcHour.every(6), 6 * HOUR),
  level('hour', 12, utcHour.every(12), 12 * HOUR),
  level('day', 1, utcDay, DAY),
  level('day', 2, unixDay.every(2), 2 * DAY),
  level('day', 7, utcMonday, 7 * DAY),
  level('month', 1, utcMonth, MONTH),
  level('month', 3, utcMonth.every(3), 3 * MONTH),
  level('month', 6, utcMonth.every(6), 6 * MONTH),
  ...[1, 2, 5, 10, 20, 50, 100, 200, 500, 1000].map((n) =>
    level('year', n, utcYear.every(n), n * YEAR),
  ),
];

/** Ticks are never closer than this, however short their labels, so the grid stays calm. */
export const MIN_TICK_SPACING = 36;
/** Free space kept between two labels. */
export const LABEL_GAP = 12;
/** Width of one character of a 12px label, a little generous for system-ui digits and capitals. */
export const LABEL_CHAR_WIDTH = 7;

/** Estimated width in pixels of a 12px axis label. */
export function labelWidth(label: string): number {
  return label.length * LABEL_CHAR_WIDTH;
}

const SHORT_MONTHS = [
  'Jan',
  'Feb',
  'Mar',
  'Apr',
  'May',
  'Jun',
  'Jul',
  'Aug',
  'Sep',
  'Oct',
  'Nov',
  'Dec',
];
const pad2 = (n: number) => String(n).padStart(2, '0');

function yearLabel(year: number): string {
  return year < 1 ? `${1 - year} BCE` : String(year);
}

/** A tick's label at its level's unit, read in UTC (the data's dates are UTC calendar dates). */
export function tickLabel(time: number, unit: TickUnit): string {
  const date = new Date(time);
  switch (unit) {
    case 'year':
      return yearLabel(date.getUTCFullYear());
    case 'month':
      return SHORT_MONTHS[date.getUTCMonth()]!;
    case 'day':
      return String(date.getUTCDate());
    case 'hour':
      return `${pad2(date.getUTCHours())}:00`;
  }
}

/** The period a tick belongs to, said in full: the context line under the tick labels. */
export function contextLabel(time: number, unit: TickUnit): string {
  const date = new Date(time);
  const [year, month, day] = [date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()];
  switch (unit) {
    case 'year':
      return '';
    case 'month':
      return yearLabel(year);
    case 'day':
      return formatPartialDateLong({ year, month, precision: 'month' });
    case 'hour':
      // Hours are the only place where a time zone shows; say which.
      return `${formatPartialDateLong({ year, month, day, precision: 'day' })} (UTC)`;
  }
}

const CONTEXT_INTERVAL: Record<TickUnit, TimeInterval | null> = {
  year: null,
  month: utcYear,
  day: utcMonth,
  hour: utcDay,
};

/**
 * Chooses the finest tick level whose labels fit across `width` pixels without overlapping,
 * and lays out its ticks and context labels. `edge` is the room the plot has outside [0, width]
 * where a centred label may still be drawn (its margin).
 */
export function timeTicks(scale: TimeScale, width: number, edge = 0): TimeTicks {
  const [d0, d1] = scale.domain().map((d) => d.getTime()) as [number, number];
  const span = Math.max(d1 - d0, 1);
  const fallback = TICK_LEVELS.at(-1)!;
  if (width <= 0) return { level: fallback, ticks: [], context: [] };
  for (const candidate of TICK_LEVELS) {
    // Cheap test first: never generate thousands of ticks only to reject them.
    if ((span / candidate.approxMs) * MIN_TICK_SPACING > width * 1.2) continue;
    const ticks = ticksAt(scale, candidate, d0, d1);
    if (fits(ticks)) return layOut(scale, candidate, ticks, width, edge, d0, d1);
  }
  // Beyond the ladder (tens of millennia): label every other tick until they fit.
  let ticks = ticksAt(scale, fallback, d0, d1);
  while (!fits(ticks)) ticks = ticks.filter((_, i) => i % 2 === 0);
  return layOut(scale, fallback, ticks, width, edge, d0, d1);
}

function ticksAt(scale: TimeScale, level: TickLevel, d0: number, d1: number): TimelineTick[] {
  return level.interval
    .range(new Date(d0), new Date(d1 + 1))
    .map((date) => ({ time: date.getTime(), x: scale(date), label: tickLabel(+date, level.unit) }));
}

function fits(ticks: readonly TimelineTick[]): boolean {
  for (let i = 1; i < ticks.length; i++) {
    const [a, b] = [ticks[i - 1]!, ticks[i]!];
    const needed = Math.max(
      MIN_TICK_SPACING,
      (labelWidth(a.label) + labelWidth(b.label)) / 2 + LABEL_GAP,
    );
    if (b.x - a.x < needed) return false;
  }
  return true;
}

function layOut(
  scale: TimeScale,
  level: TickLevel,
  ticks: TimelineTick[],
  width: number,
  edge: number,
  d0: number,
  d1: number,
): TimeTicks {
  const inside = ticks
    .filter((t) => t.x >= 0 && t.x <= width)
    .map((t) => {
      const half = labelWidth(t.label) / 2;
      return t.x - half < -edge || t.x + half > width + edge ? { ...t, label: '' } : t;
    });
  return { level, ticks: inside, context: contextTicks(scale, level.unit, width, d0, d1) };
}

function contextTicks(
  scale: TimeScale,
  unit: TickUnit,
  width: number,
  d0: number,
  d1: number,
): TimelineTick[] {
  const interval = CONTEXT_INTERVAL[unit];
  if (!interval) return [];
  const starts = interval.range(new Date(d0), new Date(d1 + 1)).map((date) => ({
    time: date.getTime(),
    x: scale(date),
    label: contextLabel(+date, unit),
  }));
  // The period under way at the left edge is named there too, unless the next one crowds it.
  const current = interval.floor(new Date(d0)).getTime();
  const pinned = { time: current, x: 0, label: contextLabel(current, unit) };
  const labels = starts[0]?.x === 0 ? starts : [pinned, ...starts];
  const kept: TimelineTick[] = [];
  for (const label of labels) {
    const previous = kept.at(-1);
    // The pinned label needs more room: squeezed against the next period's it reads as one label.
    const room =
      previous && previous.x === 0 && previous.time < label.time ? 3 * LABEL_GAP : LABEL_GAP;
    if (previous && label.x < previous.x + labelWidth(previous.label) + room) {
      // The newer period wins over the pinned one: it is where the reader's eye is going.
      if (previous.x === 0 && previous.time < label.time && kept.length === 1) kept.pop();
      else continue;
    }
    if (label.x + labelWidth(label.label) <= width) kept.push(label);
  }
  return kept;
}
