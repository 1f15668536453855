import { utcDay, utcHour, type TimeInterval } from 'd3';
import type { TimeScale } from './timeScale';
import type { TickLevel } from './timeTicks';

/** A brushed range [from, to) in UTC milliseconds: `to` is exclusive. */
export type TimeRange = readonly [number, number];

/** Brushes snap to whole days, or to hours once the timeline shows hours. */
export function brushSnap(level: TickLevel): TimeInterval {
  return level.unit === 'hour' ? utcHour : utcDay;
}

/** Orders the ends, snaps them outward to whole periods, and keeps at least one period. */
export function snapRange(from: number, to: number, snap: TimeInterval): [number, number] {
  const start = snap.floor(new Date(Math.min(from, to))).getTime();
  const end = snap.ceil(new Date(Math.max(from, to))).getTime();
  return end > start ? [start, end] : [start, snap.offset(new Date(start), 1).getTime()];
}

/** The range a drag between pixels `x0` and `x1` selects: every period the drag touches. */
export function brushExtent(
  scale: TimeScale,
  x0: number,
  x1: number,
  snap: TimeInterval,
): [number, number] {
  return snapRange(scale.invert(x0).getTime(), scale.invert(x1).getTime(), snap);
}

/** The range moved by `dt` milliseconds, its start snapped to a period; its length is kept. */
export function moveRange(range: TimeRange, dt: number, snap: TimeInterval): [number, number] {
  const start = snap.round(new Date(range[0] + dt)).getTime();
  return [start, start + (range[1] - range[0])];
}

/**
 * One end of the range moved to `time` (a handle dragged or stepped). A handle dragged past the
 * other end swaps with it, as in d3-brush.
 */
export function resizeRange(
  range: TimeRange,
  end: 'from' | 'to',
  time: number,
  snap: TimeInterval,
): [number, number] {
  // A handle dragged past the other end swaps with it; ends that meet keep one period.
  return snapRange(time, end === 'from' ? range[1] : range[0], snap);
}

/**
 * The range as the filter should hold it: null when it covers all of `bounds` (the data's
 * extent), since such a brush filters nothing; otherwise the range itself.
 */
export function normalizeRange(range: TimeRange | null, bounds: TimeRange): TimeRange | null {
  if (!range) return null;
  return range[0] <= bounds[0] && range[1] >= bounds[1] ? null : range;
}

/** The range of whole UTC days from `firstDay` to `lastDay`, both inclusive (ms at midnight). */
export function dayRange(firstDay: number, lastDay: number): [number, number] {
  return [
    utcDay.floor(new Date(firstDay)).getTime(),
    utcDay.offset(utcDay.floor(new Date(lastDay)), 1).getTime(),
  ];
}
