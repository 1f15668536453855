import { durationClasses, overlappingPositions, type DurationClass } from './durationClasses';
import type { DatelineEvent } from './event';
import { stableSortOrder } from './stableSortOrder';

/**
 * Events sorted by start time, with typed arrays for range queries. An event overlaps
 * [from, to) when it starts before `to` and ends after `from`. Events are grouped by how long
 * they last (`classes`), so a query looks back per group by that group's longest span, not by
 * the longest span in the whole dataset.
 */
export interface TimeIndex {
  /** Events in time order (ties keep their input order). */
  readonly events: readonly DatelineEvent[];
  readonly starts: Float64Array;
  readonly ends: Float64Array;
  /** Where each event (by position) was in the input: `input[inputIndex[p]] === events[p]`. */
  readonly inputIndex: Int32Array;
  /**
   * The inverse: the position of the input's i-th event. Passes over every event go in this
   * order when they can: it is usually the order the events sit in memory, and measured faster.
   */
  readonly positionOf: Int32Array;
  /** The events' positions grouped by duration, each group in start order. */
  readonly classes: readonly DurationClass[];
  /** Earliest start and latest end, or NaN when empty. */
  readonly extent: readonly [number, number];
  /** Positions (into `events`) of the events overlapping [from, to), in time order. */
  overlapping(from: number, to: number): number[];
  /** Position of the first event starting at or after `time` (events.length if none). */
  firstStartingAtOrAfter(time: number): number;
}

/**
 * The time index of `input`. `times`, when given, are the events' starts and ends in input order
 * (an import worker sends them with the events): the events are then not read at all, and when
 * they are in time order already, `input` itself is the index's `events`.
 */
export function createTimeIndex(
  input: readonly DatelineEvent[],
  times?: { starts: Float64Array; ends: Float64Array },
): TimeIndex {
  const n = input.length;
  let inputStarts: Float64Array;
  let inputEnds: Float64Array;
  if (times && times.starts.length === n && times.ends.length === n) {
    ({ starts: inputStarts, ends: inputEnds } = times);
  } else {
    // The times are read once, in input order (usually the events' order in memory), then the
    // positions are sorted by a typed array of starts, not objects by a comparator.
    inputStarts = new Float64Array(n);
    inputEnds = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      const time = input[i]!.time;
      inputStarts[i] = time.start;
      inputEnds[i] = time.end;
    }
  }
  const inputIndex = stableSortOrder(inputStarts);
  let inOrder = true;
  for (let p = 0; p < n && inOrder; p++) inOrder = inputIndex[p] === p;
  let events: readonly DatelineEvent[];
  let starts: Float64Array;
  let ends: Float64Array;
  let positionOf: Int32Array;
  let lastEnd = -Infinity;
  if (inOrder && times) {
    events = input;
    starts = inputStarts;
    ends = inputEnds;
    positionOf = inputIndex.slice();
    for (let p = 0; p < n; p++) lastEnd = Math.max(lastEnd, ends[p]!);
  } else {
    const sorted: DatelineEvent[] = [];
    starts = new Float64Array(n);
    ends = new Float64Array(n);
    positionOf = new Int32Array(n);
    for (let p = 0; p < n; p++) {
      const i = inputIndex[p]!;
      positionOf[i] = p;
      sorted.push(input[i]!);
      starts[p] = inputStarts[i]!;
      ends[p] = inputEnds[i]!;
      lastEnd = Math.max(lastEnd, ends[p]!);
    }
    events = sorted;
  }
  return sortedTimeIndex({ events, starts, ends, inputIndex, positionOf, lastEnd });
}

/**
 * The index of events already in time order, from their arrays (`createTimeIndex` and
 * `timeIndexAt` both end here): the duration classes, the extent and the queries. With `lazy`,
 * the duration classes are sorted out at their first use rather than now.
 */
export function sortedTimeIndex(
  parts: {
    events: readonly DatelineEvent[];
    starts: Float64Array;
    ends: Float64Array;
    inputIndex: Int32Array;
    positionOf: Int32Array;
    /** The latest end among the events. */
    lastEnd: number;
  },
  { lazy = false }: { lazy?: boolean } = {},
): TimeIndex {
  const { events, starts, ends, inputIndex, positionOf, lastEnd } = parts;
  const n = events.length;
  let classes = lazy ? null : durationClasses(starts, ends);
  const classesOf = () => (classes ??= durationClasses(starts, ends));
  return {
    events,
    starts,
    ends,
    inputIndex,
    positionOf,
    get classes() {
      return classesOf();
    },
    extent: n ? [starts[0]!, lastEnd] : [NaN, NaN],
    firstStartingAtOrAfter(time) {
      let lo = 0;
      let hi = n;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (starts[mid]! < time) lo = mid + 1;
        else hi = mid;
      }
      return lo;
    },
    overlapping(from, to) {
      return Array.from(overlappingPositions(classesOf(), starts, ends, from, to));
    },
  };
}
