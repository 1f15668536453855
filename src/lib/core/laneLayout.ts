/** A horizontal extent in pixels on the timeline. */
export interface PixelInterval {
  x0: number;
  x1: number;
}

/**
 * Assigns each interval the lowest lane where it does not touch an earlier one (greedy interval
 * colouring), so timeline marks never hide each other. Intervals must be sorted by x0. `gap` is
 * the free space kept between neighbours in a lane. Returns the lane of each interval.
 */
export function laneLayout(intervals: readonly PixelInterval[], gap: number): number[] {
  const laneEnds: number[] = [];
  return intervals.map(({ x0, x1 }) => {
    let lane = laneEnds.findIndex((end) => end + gap <= x0);
    if (lane === -1) lane = laneEnds.length;
    laneEnds[lane] = x1;
    return lane;
  });
}
