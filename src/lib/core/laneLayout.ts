/** A horizontal extent in pixels on the timeline. */
export interface PixelInterval {
  x0: number;
  x1: number;
}

/** The lane laneLayout gives an interval that found no free lane among `maxLanes`. */
export const OVERFLOW = -1;

/**
 * Assigns each interval the lowest lane where it does not touch an earlier one (greedy interval
 * colouring), so timeline marks never hide each other. Intervals must be sorted by x0. `gap` is
 * the free space kept between neighbours in a lane. With `maxLanes`, an interval that finds no
 * free lane gets OVERFLOW (it is counted in a badge instead, never drawn over another).
 * Returns the lane of each interval.
 */
export function laneLayout(
  intervals: readonly PixelInterval[],
  gap: number,
  maxLanes = Infinity,
): number[] {
  const laneEnds: number[] = [];
  return intervals.map(({ x0, x1 }) => {
    let lane = laneEnds.findIndex((end) => end + gap <= x0);
    if (lane === -1) {
      if (laneEnds.length >= maxLanes) return OVERFLOW;
      lane = laneEnds.length;
    }
    laneEnds[lane] = x1;
    return lane;
  });
}
