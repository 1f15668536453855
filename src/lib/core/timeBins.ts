import { bisectRight, utcDay, utcHour, utcMonday, utcMonth, utcYear, type TimeInterval } from 'd3';
import { stableSortOrder } from './stableSortOrder';
import type { TimeDomain } from './timeZoom';

/** Events counted in the calendar period [x0, x1); fractional where an event spans several. */
export interface TimeBin {
  x0: number;
  x1: number;
  count: number;
}

const DAY = 864e5;

/** Calendar periods to count in, finest first, each with its nominal length. */
const BIN_INTERVALS: readonly [TimeInterval, number, string][] = [
  [utcHour, 36e5, 'hour'],
  [utcDay, DAY, 'day'],
  [utcMonday, 7 * DAY, 'week'],
  [utcMonth, 30.44 * DAY, 'month'],
  [utcMonth.every(3)!, 91.3 * DAY, 'quarter'],
  [utcYear, 365.24 * DAY, 'year'],
  [utcYear.every(5)!, 5 * 365.24 * DAY, '5 years'],
  [utcYear.every(10)!, 10 * 365.24 * DAY, 'decade'],
  [utcYear.every(50)!, 50 * 365.24 * DAY, '50 years'],
  [utcYear.every(100)!, 100 * 365.24 * DAY, 'century'],
];

/** The bin period for `domain` across `width` pixels: the finest whose bins are `minPx` wide. */
export function binInterval(
  domain: TimeDomain,
  width: number,
  minPx = 4,
): { interval: TimeInterval; name: string } {
  const msPerPx = (domain[1] - domain[0]) / Math.max(width, 1);
  const found = BIN_INTERVALS.find(([, ms]) => ms / msPerPx >= minPx) ?? BIN_INTERVALS.at(-1)!;
  return { interval: found[0], name: found[2] };
}

/**
 * Events as a density over time, ready to be binned at any zoom. Each event counts once, spread
 * evenly over its period: a day-precision event falls in the bin of its day, while "August 2019"
 * or "2017" is shared among the bins its month or year covers, so a year known only to the year
 * does not pile up on 1 January. Prefix sums over the events sorted by start and by end make the
 * cumulative count at any instant two binary searches.
 */
export interface TimeDensity {
  readonly count: number;
  /** Events that have started by `t`, in part (their elapsed share) or in full: F(t). */
  cumulative(t: number): number;
}

export function timeDensity(
  starts: ArrayLike<number>,
  ends: ArrayLike<number>,
  /** The events ordered by end, when known (see `endOrder`): saves sorting them here. */
  byEndOrder?: Int32Array,
): TimeDensity {
  const n = starts.length;
  // Orders by typed keys (a radix sort; starts of an index are already in order, one pass).
  const order = (key: ArrayLike<number>) =>
    stableSortOrder(key instanceof Float64Array ? key : Float64Array.from(key));
  // Prefix sums, by start and by end, of 1/d and s/d (d = the event's length).
  const table = (sorted: Int32Array, key: ArrayLike<number>) => {
    const at = new Float64Array(n);
    const inv = new Float64Array(n + 1);
    const sOverD = new Float64Array(n + 1);
    for (let k = 0; k < n; k++) {
      const i = sorted[k]!;
      const d = Math.max(ends[i]! - starts[i]!, 1);
      at[k] = key[i]!;
      inv[k + 1] = inv[k]! + 1 / d;
      sOverD[k + 1] = sOverD[k]! + starts[i]! / d;
    }
    return { at, inv, sOverD };
  };
  const byStart = table(order(starts), starts);
  const byEnd = table(byEndOrder ?? order(ends), ends);
  return {
    count: n,
    cumulative(t) {
      // F(t) = ended(t) + Σ over running events of (t − s) / d, and the running ones are those
      // started by t minus those ended by t.
      const started = bisectRight(byStart.at, t);
      const ended = bisectRight(byEnd.at, t);
      const inv = byStart.inv[started]! - byEnd.inv[ended]!;
      const sOverD = byStart.sOverD[started]! - byEnd.sOverD[ended]!;
      return ended + t * inv - sOverD;
    },
  };
}

/**
 * Counts per calendar period across `domain`: the histogram under crowded timeline marks. The
 * edges are d3-time's; each count is F(x1) − F(x0) of the density, so a frame costs
 * O(bins · log n) however many events there are. For day-precision events the counts equal
 * d3.bin's with the same thresholds (a unit test checks).
 */
export function timeBins(
  density: TimeDensity,
  domain: TimeDomain,
  interval: TimeInterval,
): TimeBin[] {
  const edges = binEdges(domain, interval);
  const at = edges.map((edge) => density.cumulative(edge));
  // Rounding in the sums can leave a hair below zero in an empty bin.
  return edges
    .slice(1)
    .map((x1, i) => ({ x0: edges[i]!, x1, count: Math.max(0, at[i + 1]! - at[i]!) }));
}

/** The bins' edges: from the period holding the domain's start to the end of the one holding its end. */
export function binEdges(domain: TimeDomain, interval: TimeInterval): number[] {
  const start = interval.floor(new Date(domain[0]));
  const stop = interval.offset(interval.floor(new Date(domain[1])), 1);
  return [...interval.range(start, stop), stop].map((d) => d.getTime());
}
