import { markerGrid, type MarkerGrid, type MarkerGridInput } from './markerGrid';
import { MARKER_SHOWN } from './markerStates';

/** Where the markers are and what part of the world is drawn: a grid's input but its states. */
export type MarkerGridPlace = Omit<MarkerGridInput, 'states' | 'from' | 'to'>;

/**
 * The marker grid of cumulative mode, kept from one cursor position to the next. Every marker
 * is drawn in that mode (shown once it has started, faded before), so the grid's items, totals,
 * positions and extents do not depend on the cursor: only how many of an item's markers show,
 * and which is its latest. `at` updates those for the items whose markers changed state since
 * the last call, instead of grouping every marker again (at 100,000 markers that took about
 * 4 ms of each scrub frame). What it gives equals `markerGrid` with the first `started`
 * positions shown and the rest faded.
 */
export class CumulativeMarkerGrid {
  readonly grid: MarkerGrid;
  /** The items' markers, ascending, item after item: item k's are [itemStart[k], itemStart[k+1]). */
  private readonly itemStart: Int32Array;
  private readonly itemMarkers: Int32Array;
  /** Each placement (a marker in an item), in marker order. */
  private readonly placedMarker: Int32Array;
  private readonly placedItem: Int32Array;
  private started = -1;

  constructor(
    readonly place: MarkerGridPlace,
    /** How many markers (positions 0 … count − 1). */
    readonly count: number,
  ) {
    const markers: number[] = [];
    const items: number[] = [];
    const states = new Uint8Array(count).fill(MARKER_SHOWN);
    this.grid = markerGrid({ ...place, states, from: 0, to: count }, (marker, item) => {
      markers.push(marker);
      items.push(item);
    });
    this.placedMarker = Int32Array.from(markers);
    this.placedItem = Int32Array.from(items);
    const itemStart = new Int32Array(this.grid.count + 1);
    for (const item of items) itemStart[item + 1]!++;
    for (let k = 0; k < this.grid.count; k++) itemStart[k + 1]! += itemStart[k]!;
    const next = itemStart.slice(0, this.grid.count);
    const itemMarkers = new Int32Array(markers.length);
    for (let p = 0; p < markers.length; p++) itemMarkers[next[items[p]!]!++] = markers[p]!;
    this.itemStart = itemStart;
    this.itemMarkers = itemMarkers;
  }

  /** Whether this grid is of `place` and `count` markers. */
  matches(place: MarkerGridPlace, count: number): boolean {
    return count === this.count && samePlace(place, this.place);
  }

  /** The grid with positions [0, started) shown and the rest faded (updated in place). */
  at(started: number): MarkerGrid {
    if (this.started < 0) {
      for (let item = 0; item < this.grid.count; item++) this.update(item, started);
    } else if (started !== this.started) {
      // Only the markers between the old and the new cursor changed state.
      const to = firstAtLeast(this.placedMarker, Math.max(started, this.started), 0);
      for (let p = firstAtLeast(this.placedMarker, Math.min(started, this.started), 0); p < to; p++)
        this.update(this.placedItem[p]!, started);
    }
    this.started = started;
    return this.grid;
  }

  private update(item: number, started: number): void {
    const from = this.itemStart[item]!;
    const to = this.itemStart[item + 1]!;
    const shown = firstAtLeast(this.itemMarkers, started, from, to) - from;
    this.grid.shown[item] = shown;
    // Its latest shown marker, or its latest faded one when none shows (as markerGrid says).
    this.grid.latest[item] = this.itemMarkers[shown > 0 ? from + shown - 1 : to - 1]!;
  }
}

/** The first index in [from, to) of ascending `values` whose value is at least `value`. */
function firstAtLeast(values: Int32Array, value: number, from: number, to = values.length): number {
  let lo = from;
  let hi = to;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (values[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Whether two places are the same markers (the same arrays) seen the same way. */
export function samePlace(a: MarkerGridPlace, b: MarkerGridPlace): boolean {
  return (
    a.ux === b.ux &&
    a.uy === b.uy &&
    a.scale === b.scale &&
    a.left === b.left &&
    a.top === b.top &&
    a.width === b.width &&
    a.height === b.height
  );
}
