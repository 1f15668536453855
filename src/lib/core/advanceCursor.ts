import { bisectRight, utcDay, utcMonth, utcWeek, utcYear, type TimeInterval } from 'd3';

/** Playback speeds: one calendar unit per second, or one event per second. */
export type PlaySpeed = 'day' | 'week' | 'month' | 'year' | 'event';

const DAY = 864e5;

export interface PlaySpeedSpec {
  speed: PlaySpeed;
  label: string;
  /** The calendar unit advanced per second; null for event by event. */
  interval: TimeInterval | null;
  /** Its nominal length: the cursor's rate in ms of data time per second of playback. */
  msPerSecond: number;
}

export const PLAY_SPEEDS: readonly PlaySpeedSpec[] = [
  { speed: 'day', label: '1 day/s', interval: utcDay, msPerSecond: DAY },
  { speed: 'week', label: '1 week/s', interval: utcWeek, msPerSecond: 7 * DAY },
  { speed: 'month', label: '1 month/s', interval: utcMonth, msPerSecond: 30.436875 * DAY },
  { speed: 'year', label: '1 year/s', interval: utcYear, msPerSecond: 365.2425 * DAY },
  { speed: 'event', label: '1 event/s', interval: null, msPerSecond: 0 },
];

export function playSpeedSpec(speed: PlaySpeed): PlaySpeedSpec {
  return PLAY_SPEEDS.find((s) => s.speed === speed) ?? PLAY_SPEEDS[2]!;
}

export interface PlayContext {
  /** Where playback runs: the brushed range, or the data's extent. */
  bounds: readonly [number, number];
  /** At the end, start again (true) or stop (false). */
  loop: boolean;
  /** Event start times, sorted, for event-by-event playback. */
  eventStarts: ArrayLike<number>;
}

export interface PlayFrame {
  cursor: number;
  /** False when playback reached the end and stops. */
  playing: boolean;
}

/** Where Play starts: at the cursor if it is inside the bounds and not at the end, else at the start. */
export function playStart(cursor: number | null, bounds: readonly [number, number]): number {
  return cursor !== null && cursor >= bounds[0] && cursor < bounds[1] ? cursor : bounds[0];
}

function atEnd(context: PlayContext): PlayFrame {
  return context.loop
    ? { cursor: context.bounds[0], playing: true }
    : { cursor: context.bounds[1], playing: false };
}

/**
 * Smooth playback: the cursor after `elapsedMs` of wall time at `speed` (continuous speeds only;
 * event by event always steps, see playStep).
 */
export function advanceCursor(
  cursor: number,
  elapsedMs: number,
  speed: PlaySpeed,
  context: PlayContext,
): PlayFrame {
  const spec = playSpeedSpec(speed);
  if (!spec.interval) return { cursor, playing: true };
  if (cursor >= context.bounds[1]) return atEnd(context);
  const next = cursor + (elapsedMs / 1000) * spec.msPerSecond;
  return next >= context.bounds[1]
    ? { cursor: context.bounds[1], playing: true }
    : { cursor: next, playing: true };
}

/**
 * Stepped playback, once a second: to the next event's start (event by event), or one calendar
 * unit on (when the user prefers reduced motion). At the end it loops or stops.
 */
export function playStep(cursor: number, speed: PlaySpeed, context: PlayContext): PlayFrame {
  const [min, max] = context.bounds;
  if (cursor >= max) return atEnd(context);
  const spec = playSpeedSpec(speed);
  if (spec.interval) {
    const next = spec.interval.offset(spec.interval.floor(new Date(cursor)), 1).getTime();
    return { cursor: Math.min(Math.max(next, min), max), playing: true };
  }
  const times = context.eventStarts as ArrayLike<number> & Iterable<number>;
  const i = bisectRight(times, cursor);
  const next = i < times.length ? times[i]! : Infinity;
  return next < max ? { cursor: Math.max(next, min), playing: true } : atEnd(context);
}
