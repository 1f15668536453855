import type { DatelineEvent } from './event';

/**
 * Events sorted by start time, with typed arrays for range queries. An event overlaps
 * [from, to) when it starts before `to` and ends after `from`; spans are bounded by the
 * longest duration so a query stays a binary search plus a short scan.
 */
export interface TimeIndex {
  /** Events in time order (ties keep their input order). */
  readonly events: readonly DatelineEvent[];
  readonly starts: Float64Array;
  readonly ends: Float64Array;
  /** Earliest start and latest end, or NaN when empty. */
  readonly extent: readonly [number, number];
  /** Positions (into `events`) of the events overlapping [from, to), in time order. */
  overlapping(from: number, to: number): number[];
  /** Position of the first event starting at or after `time` (events.length if none). */
  firstStartingAtOrAfter(time: number): number;
}

export function createTimeIndex(input: readonly DatelineEvent[]): TimeIndex {
  const events = input
    .map((event, order) => ({ event, order }))
    .sort((a, b) => a.event.time.start - b.event.time.start || a.order - b.order)
    .map(({ event }) => event);
  const starts = Float64Array.from(events, (e) => e.time.start);
  const ends = Float64Array.from(events, (e) => e.time.end);
  let longest = 0;
  let lastEnd = -Infinity;
  for (let i = 0; i < events.length; i++) {
    longest = Math.max(longest, ends[i]! - starts[i]!);
    lastEnd = Math.max(lastEnd, ends[i]!);
  }
  const lowerBound = (time: number) => {
    let lo = 0;
    let hi = starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (starts[mid]! < time) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  return {
    events,
    starts,
    ends,
    extent: events.length ? [starts[0]!, lastEnd] : [NaN, NaN],
    firstStartingAtOrAfter: lowerBound,
    overlapping(from, to) {
      const result: number[] = [];
      const stop = lowerBound(to);
      for (let i = lowerBound(from - longest); i < stop; i++) {
        if (ends[i]! > from) result.push(i);
      }
      return result;
    },
  };
}
