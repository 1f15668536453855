import { countOf, formatCount } from './formatCount';
import { formatInstant, formatTimeRange } from './formatInstant';

export interface SnapshotView {
  /** The brushed range, or else the span of the events shown ([first start, last end)). */
  dates: readonly [number, number] | null;
  cursor: number | null;
  shown: number;
  total: number;
  /** The range band as its legend names it ("500–5,500 km from Moscow"), null when hidden. */
  band?: string | null;
}

/**
 * The line under a saved image's title: its dates, the cursor and the count, in words as the
 * timeline's readouts write them ("13 December 2016 – 20 July 2017 · cursor 12 January 2017 ·
 * 5 of 8 events"), and the range band shown.
 */
export function snapshotSubtitle({
  dates,
  cursor,
  shown,
  total,
  band = null,
}: SnapshotView): string {
  const when = dates ? formatTimeRange(dates) : 'No events';
  const at = cursor !== null ? ` · cursor ${formatInstant(cursor, true)}` : '';
  // The image shows the band's ring but not the map's panel that names it.
  const ring = band ? ` · INF range band: ${band}` : '';
  return `${when}${at} · ${formatCount(shown)} of ${countOf(total, 'event')}${ring}`;
}
