/** How the time cursor shows events: all up to the cursor, or only those in a window before it. */
export type CursorMode = 'cumulative' | 'window';

/**
 * The timeline's part of the app state: the brushed range (a filter), the time cursor and
 * playback, and the visible time domain (zoom). Times are UTC milliseconds.
 */
export class TimeState {
  /** The brushed range [from, to); null when no range is brushed. Share link: `from`, `to`. */
  range = $state.raw<readonly [number, number] | null>(null);
  /** The time cursor; null when there is none (every event shows). Share link: `t`. */
  cursor = $state<number | null>(null);
  cursorMode = $state<CursorMode>('cumulative');
  /** Length of the window before the cursor in window mode, in days. */
  windowDays = $state(30);
  playing = $state(false);
  /** The visible time domain of the timeline; null means "fit the events". */
  domain = $state.raw<readonly [number, number] | null>(null);
}
