import { POINT_RADIUS, type TimelineMark } from '../core';

/**
 * The timeline's vertical layout in pixels, top to bottom: the cursor track, one row per track
 * of lanes (a header line for its label and count badges, then its lanes), and the axis, which
 * is also the brush's track. The time math is core's; these are only the view's proportions.
 */

export const MARGIN = { left: 16, right: 16, bottom: 4 };
/** Where the time cursor's handle sits, above the marks. */
export const CURSOR_TRACK = 22;
/** Tick labels, their context line, and room to brush. */
export const AXIS_HEIGHT = 44;
export const TRACK_HEADER = 14;
export const LANE_HEIGHT = 18;
/** Lanes per track: one track gets room to stack, per-tag tracks stay compact. */
export const LANES_SINGLE = 5;
export const LANES_GROUPED = 2;

export interface TrackRows {
  /** Top of each track, from the top of the marks area. */
  tops: number[];
  lanes: number;
  /** Height of the marks area. */
  height: number;
}

export function trackRows(tracks: number, lanes: number): TrackRows {
  const rowHeight = TRACK_HEADER + lanes * LANE_HEIGHT;
  return {
    tops: Array.from({ length: tracks }, (_, i) => i * rowHeight),
    lanes,
    height: Math.max(1, tracks) * rowHeight,
  };
}

/** The vertical centre of a lane (or of the header line for lane −1, where badges sit). */
export function laneCentre(rows: TrackRows, track: number, lane: number): number {
  const top = rows.tops[track] ?? 0;
  return lane < 0
    ? top + TRACK_HEADER / 2
    : top + TRACK_HEADER + lane * LANE_HEIGHT + LANE_HEIGHT / 2;
}

/** The track and lane under `y` (pixels from the top of the marks area); lane −1 is the header line. */
export function laneAt(rows: TrackRows, y: number): { group: number; lane: number } | null {
  const rowHeight = TRACK_HEADER + rows.lanes * LANE_HEIGHT;
  const group = Math.floor(y / rowHeight);
  if (y < 0 || group >= rows.tops.length) return null;
  const inRow = y - group * rowHeight;
  return {
    group,
    lane: inRow < TRACK_HEADER ? -1 : Math.floor((inRow - TRACK_HEADER) / LANE_HEIGHT),
  };
}

/** The mark drawn under (x, y), for marks painted on a canvas; the last drawn wins, as on screen. */
export function markAt(
  marks: readonly TimelineMark[],
  rows: TrackRows,
  x: number,
  y: number,
): TimelineMark | undefined {
  const at = laneAt(rows, y);
  if (!at) return undefined;
  for (let i = marks.length - 1; i >= 0; i--) {
    const m = marks[i]!;
    if (m.group !== at.group || m.lane !== at.lane) continue;
    const reach = m.x0 === m.x1 ? POINT_RADIUS : 0;
    if (x >= m.x0 - reach && x <= m.x1 + reach) return m;
  }
  return undefined;
}
