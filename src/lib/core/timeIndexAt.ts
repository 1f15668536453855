import type { DatelineEvent } from './event';
import { sortedTimeIndex, type TimeIndex } from './timeIndex';

/**
 * The time index of the events at `positions` of `index` (ascending; null for all of them):
 * the same index `createTimeIndex` builds from those events, without sorting again. Positions
 * in ascending order are already in time order, so a filter's result (a search, a tag) is
 * indexed in one gathering pass instead of a sort of every matching event. Its duration classes
 * wait for a query that needs them: a crowded timeline (every filter change at 100,000 events)
 * counts its events by binary search and never asks.
 */
export function timeIndexAt(index: TimeIndex, positions: Int32Array | null): TimeIndex {
  if (positions === null || positions.length === index.events.length) return index;
  const n = positions.length;
  const events: DatelineEvent[] = new Array(n);
  const starts = new Float64Array(n);
  const ends = new Float64Array(n);
  // The subset's "input" is itself in time order: each event is at its own position.
  const identity = new Int32Array(n);
  let lastEnd = -Infinity;
  for (let k = 0; k < n; k++) {
    const p = positions[k]!;
    events[k] = index.events[p]!;
    starts[k] = index.starts[p]!;
    ends[k] = index.ends[p]!;
    identity[k] = k;
    if (ends[k]! > lastEnd) lastEnd = ends[k]!;
  }
  return sortedTimeIndex(
    {
      events,
      starts,
      ends,
      inputIndex: identity,
      positionOf: identity,
      lastEnd,
    },
    { lazy: true },
  );
}
