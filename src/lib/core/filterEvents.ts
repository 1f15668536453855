import type { DatelineEvent } from './event';
import type { EventFilter } from './eventFilter';
import { filterPositions } from './filterPositions';
import type { TimeIndex } from './timeIndex';

/**
 * The events of `index` that pass `filter`, in time order: the same events as
 * `index.events.filter(eventPredicate(filter))`, found through the index (see filterPositions)
 * rather than by testing every event. When every event passes it returns `index.events`
 * itself, so views can tell "nothing filtered out" by identity.
 */
export function filterEvents(index: TimeIndex, filter: EventFilter): readonly DatelineEvent[] {
  return eventsAt(index, filterPositions(index, filter));
}

/** The events at `positions` of `index` (all of them for null), in that order. */
export function eventsAt(index: TimeIndex, positions: Int32Array | null): readonly DatelineEvent[] {
  const all = index.events;
  if (positions === null || positions.length === all.length) return all;
  // Sized up front: pushing 100,000 grew the array step by step and took twice as long.
  const events = new Array<DatelineEvent>(positions.length);
  for (let k = 0; k < positions.length; k++) events[k] = all[positions[k]!]!;
  return events;
}
