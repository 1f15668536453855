import { bisectLeft, bisectRight, utcDay, utcMonth, utcYear, type TimeInterval } from 'd3';
import type { TickLevel } from './timeTicks';

/** What a key asks of a slider on the timeline (the time cursor, the brush's handles). */
export type CursorStep =
  | 'next'
  | 'previous'
  | 'nextPage'
  | 'previousPage'
  | 'nextEvent'
  | 'previousEvent'
  | 'first'
  | 'last';

export interface CursorStepContext {
  /** The tick level on screen: arrows step one of its units, to the next tick. */
  level: TickLevel;
  /** Event instants to step between with Shift+arrows (starts, or ends for a range's end), sorted. */
  eventTimes: ArrayLike<number>;
  /** The slider's minimum and maximum. */
  bounds: readonly [number, number];
}

/** The step for PageUp/PageDown: the period that encloses the ticks (a month of days, a year of months). */
export function pageInterval(level: TickLevel): TimeInterval {
  switch (level.unit) {
    case 'hour':
      return utcDay;
    case 'day':
      return utcMonth;
    case 'month':
      return utcYear;
    case 'year':
      return utcYear.every(level.step * 10)!;
  }
}

/** The key a slider on the timeline understands, or null: arrows, Shift+arrows, Page keys, Home/End. */
export function cursorStepForKey(key: string, shiftKey: boolean): CursorStep | null {
  switch (key) {
    case 'ArrowRight':
    case 'ArrowUp':
      return shiftKey ? 'nextEvent' : 'next';
    case 'ArrowLeft':
    case 'ArrowDown':
      return shiftKey ? 'previousEvent' : 'previous';
    case 'PageUp':
      return 'nextPage';
    case 'PageDown':
      return 'previousPage';
    case 'Home':
      return 'first';
    case 'End':
      return 'last';
    default:
      return null;
  }
}

/**
 * Where a step takes the instant `t`: to the next or previous tick (never staying put, so a
 * cursor between ticks snaps to one), the next or previous period, the next or previous event
 * time (strictly after or before), or the ends. The result stays inside the bounds; with no
 * event in that direction, `t` is kept.
 */
export function stepCursor(t: number, step: CursorStep, context: CursorStepContext): number {
  const { level, eventTimes, bounds } = context;
  const clamp = (time: number) => Math.min(Math.max(time, bounds[0]), bounds[1]);
  const after = (interval: TimeInterval) => interval.ceil(new Date(t + 1)).getTime();
  const before = (interval: TimeInterval) => interval.floor(new Date(t - 1)).getTime();
  switch (step) {
    case 'next':
      return clamp(after(level.interval));
    case 'previous':
      return clamp(before(level.interval));
    case 'nextPage':
      return clamp(after(pageInterval(level)));
    case 'previousPage':
      return clamp(before(pageInterval(level)));
    case 'nextEvent': {
      const i = bisectRight(eventTimes as ArrayLike<number> & Iterable<number>, t);
      return i < eventTimes.length ? clamp(eventTimes[i]!) : t;
    }
    case 'previousEvent': {
      const i = bisectLeft(eventTimes as ArrayLike<number> & Iterable<number>, t) - 1;
      return i >= 0 ? clamp(eventTimes[i]!) : t;
    }
    case 'first':
      return bounds[0];
    case 'last':
      return bounds[1];
  }
}
