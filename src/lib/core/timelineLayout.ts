import { scaleUtc, type ScaleTime } from 'd3';
import type { DatelineEvent } from './event';
import { laneLayout } from './laneLayout';

/** How a mark is drawn: a day-precision instant as a point, a month or year as a soft band, a span as a bar. */
export type MarkShape = 'point' | 'band' | 'span';

export interface TimelineMark {
  event: DatelineEvent;
  shape: MarkShape;
  /** Pixel extent on the time axis; a point has x0 === x1 at its centre. */
  x0: number;
  x1: number;
  lane: number;
}

export interface TimelineTick {
  time: number;
  x: number;
  label: string;
}

export interface TimelineLayout {
  scale: ScaleTime<number, number>;
  marks: TimelineMark[];
  ticks: TimelineTick[];
  lanes: number;
}

/** Radius of a point mark in pixels; marks closer than this plus the gap share no lane. */
export const POINT_RADIUS = 6;
const LANE_GAP = 3;

/** Bands and spans are drawn at least this wide, so a month seen from decades away stays visible. */
const MIN_BAND_WIDTH = 2 * POINT_RADIUS;

/**
 * Where every mark and tick goes for `events` (in time order) across `width` pixels.
 * The domain is the events' extent with a margin, so the first and last marks are not cut.
 */
export function timelineLayout(
  events: readonly DatelineEvent[],
  width: number,
  domain: readonly [number, number],
): TimelineLayout {
  const scale = scaleUtc()
    .domain([domain[0], domain[1]])
    .range([0, Math.max(width, 1)]);
  const placed = events.map((event) => {
    const start = scale(event.time.start);
    const end = scale(event.time.end);
    const shape: MarkShape =
      event.end !== undefined ? 'span' : event.time.precision === 'day' ? 'point' : 'band';
    const centre = (start + end) / 2;
    if (shape === 'point') return { event, shape, x0: centre, x1: centre };
    // Too narrow to see at this zoom: keep a minimum width, centred on the period.
    if (end - start < MIN_BAND_WIDTH) {
      return { event, shape, x0: centre - MIN_BAND_WIDTH / 2, x1: centre + MIN_BAND_WIDTH / 2 };
    }
    return { event, shape, x0: start, x1: end };
  });
  // Lanes are assigned on the drawn footprint: a point covers its radius on both sides.
  const footprints = placed.map((m) =>
    m.shape === 'point' ? { x0: m.x0 - POINT_RADIUS, x1: m.x1 + POINT_RADIUS } : m,
  );
  const order = placed.map((_, i) => i).sort((a, b) => footprints[a]!.x0 - footprints[b]!.x0);
  const lanesInOrder = laneLayout(
    order.map((i) => footprints[i]!),
    LANE_GAP,
  );
  const marks: TimelineMark[] = new Array(placed.length);
  order.forEach((i, k) => (marks[i] = { ...placed[i]!, lane: lanesInOrder[k]! }));
  const ticks = timelineTicks(scale, width);
  return { scale, marks, ticks, lanes: Math.max(0, ...lanesInOrder) + 1 };
}

/** Tick labels need this much room; d3's tick count is a hint, so fewer are asked for until they fit. */
export const MIN_TICK_SPACING = 80;

function timelineTicks(scale: ScaleTime<number, number>, width: number): TimelineTick[] {
  for (let count = Math.max(2, Math.floor(width / 110)); ; count--) {
    const dates = scale.ticks(count);
    const spacing = Math.min(...dates.slice(1).map((d, i) => scale(d) - scale(dates[i]!)));
    if (spacing >= MIN_TICK_SPACING || count <= 1) {
      const format = scale.tickFormat(count);
      return dates.map((date) => ({ time: date.getTime(), x: scale(date), label: format(date) }));
    }
  }
}

/** The events' time extent widened by `margin` of its length on each side (a year when zero). */
export function paddedExtent(extent: readonly [number, number], margin = 0.04): [number, number] {
  const [start, end] = extent;
  if (!Number.isFinite(start) || !Number.isFinite(end)) {
    const now = Date.UTC(2020, 0, 1);
    return [now - 365 * 864e5, now];
  }
  const pad = Math.max((end - start) * margin, 15 * 864e5);
  return [start - pad, end + pad];
}
