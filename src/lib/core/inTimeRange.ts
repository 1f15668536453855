import type { TimeRange } from './brushExtent';
import type { EventTime } from './event';

/**
 * Whether an event's time overlaps a brushed range [from, to): any part of a span counts. No
 * range keeps every event. What the range filter keeps, and what the timeline leaves undimmed.
 */
export function inTimeRange(time: EventTime, range: TimeRange | null): boolean {
  return range === null || (time.start < range[1] && time.end > range[0]);
}
