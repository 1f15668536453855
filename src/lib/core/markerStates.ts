import type { CursorView } from './cursorVisibility';

/** A marker's state at the time cursor, as stored in a `Uint8Array`: see `markerStates`. */
export const MARKER_HIDDEN = 0;
export const MARKER_SHOWN = 1;
export const MARKER_FADED = 2;

/** Start-sorted times of the events a layer draws, with the longest duration among them. */
export interface MarkerTimes {
  readonly starts: Float64Array;
  readonly ends: Float64Array;
  /** max(end − start): how far back a window query must look for spans still running. */
  readonly longestMs: number;
}

export function markerTimes(starts: Float64Array, ends: Float64Array): MarkerTimes {
  let longestMs = 0;
  for (let i = 0; i < starts.length; i++) longestMs = Math.max(longestMs, ends[i]! - starts[i]!);
  return { starts, ends, longestMs };
}

/** First position whose start is after `time` (`after`), or at or after it. */
function bisectStarts(starts: Float64Array, time: number, after: boolean): number {
  let lo = 0;
  let hi = starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (after ? starts[mid]! <= time : starts[mid]! < time) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The state of every marker at the cursor, written into `out` (same length as the times) for
 * positions [from, to); every position outside that window is hidden. The same rules as
 * `cursorVisibility`, but a scrub frame only binary-searches the sorted starts and touches the
 * window, instead of building an object per event. `started`: how many positions have started
 * by the cursor (all of them without a cursor); in cumulative mode, those are the shown ones.
 */
export function markerStates(
  times: MarkerTimes,
  view: CursorView | null,
  out: Uint8Array,
): { from: number; to: number; started: number } {
  const { starts, ends } = times;
  const n = starts.length;
  if (!view) {
    out.fill(MARKER_SHOWN, 0, n);
    return { from: 0, to: n, started: n };
  }
  const started = bisectStarts(starts, view.cursor, true);
  if (view.mode === 'cumulative') {
    out.fill(MARKER_SHOWN, 0, started);
    out.fill(MARKER_FADED, started, n);
    return { from: 0, to: n, started };
  }
  // Window mode: an event shows when it started by the cursor and ends after the window opens.
  const opens = view.cursor - view.windowMs;
  const from = bisectStarts(starts, opens - times.longestMs, true);
  for (let i = from; i < started; i++) out[i] = ends[i]! > opens ? MARKER_SHOWN : MARKER_HIDDEN;
  return { from, to: started, started };
}
