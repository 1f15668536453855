import { bisector } from 'd3';
import type { DatelineEvent, EventTime } from './event';

/** How the time cursor shows events: all up to the cursor, or only those in a window before it. */
export type CursorMode = 'cumulative' | 'window';

/** The time cursor as the map and the timeline apply it; null when there is no cursor. */
export interface CursorView {
  cursor: number;
  mode: CursorMode;
  /** Length of the window before the cursor, in window mode. */
  windowMs: number;
}

/** Shown; faded (it has not happened yet, cumulative mode); hidden (outside the window). */
export type CursorVisibility = 'shown' | 'faded' | 'hidden';

/**
 * How an event shows at the cursor. It has happened once it has started (start <= cursor). In
 * window mode only events overlapping the window (cursor − window, cursor] show.
 */
export function cursorVisibility(
  time: Pick<EventTime, 'start' | 'end'>,
  view: CursorView | null,
): CursorVisibility {
  if (!view) return 'shown';
  if (time.start > view.cursor) return view.mode === 'cumulative' ? 'faded' : 'hidden';
  if (view.mode === 'window' && time.end <= view.cursor - view.windowMs) return 'hidden';
  return 'shown';
}

const byStart = bisector((event: DatelineEvent) => event.time.start);

/**
 * The most recent event at the cursor, emphasised on map and timeline: of `events` (in time
 * order), the last to have started by the cursor, if it is shown. Null without a cursor.
 */
export function mostRecentAt(
  events: readonly DatelineEvent[],
  view: CursorView | null,
): DatelineEvent | null {
  if (!view) return null;
  const event = events[byStart.right(events, view.cursor) - 1];
  return event && cursorVisibility(event.time, view) === 'shown' ? event : null;
}
