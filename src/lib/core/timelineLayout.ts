import { timeScale, type TimeScale } from './timeScale';
import type { DatelineEvent } from './event';
import type { TimeIndex } from './timeIndex';
import { laneLayout, OVERFLOW } from './laneLayout';
import { columnBadges, startBadges, type OverflowBadge } from './countBadges';
import { markLabels, type MarkLabel } from './markLabels';
import type { TimelineGroup } from './timelineGroups';
import { timeTicks, type TimelineTick, type TimeTicks } from './timeTicks';

/** How a mark is drawn: a day-precision instant as a point, a month or year as a soft band, a span as a bar. */
export type MarkShape = 'point' | 'band' | 'span';

export type { OverflowBadge } from './countBadges';

export interface TimelineMark {
  event: DatelineEvent;
  shape: MarkShape;
  /**
   * Pixel extent on the time axis. A point has x0 === x1 at its day's centre until the day is
   * wide enough to draw as itself (zoomed to hours), then x0..x1 is the whole day.
   */
  x0: number;
  x1: number;
  /** Edges known only to a month or a year fade out: the event is somewhere in that period. */
  softStart: boolean;
  softEnd: boolean;
  /** "by January 2017": a lead-in to the left says it may have happened any time before. */
  by: boolean;
  /** Track (see TimelineLayout.groups) and lane within it. */
  group: number;
  lane: number;
  /** Unique per drawn mark: an event is drawn once per track it belongs to. */
  key: string;
  /** The title, where there is room for it. */
  label: MarkLabel | null;
}

export interface TimelineLayoutGroup {
  value: string | null;
  label: string;
}

export interface TimelineLayout {
  scale: TimeScale;
  /** Marks that overlap the visible domain; those outside it are not laid out at all. */
  marks: TimelineMark[];
  badges: OverflowBadge[];
  groups: TimelineLayoutGroup[];
  ticks: TimelineTick[];
  context: TimelineTick[];
  level: TimeTicks['level'];
  /** Lanes in use (at most maxLanes per track). */
  lanes: number;
  /** How many events overlap the view (each counted once, whatever its tracks). */
  inView: number;
  /** True when more than `aggregateAbove` events are in view: badges and the histogram, no marks. */
  aggregated: boolean;
}

export interface TimelineLayoutOptions {
  /** Lanes per track; marks beyond them go into count badges. Unlimited by default. */
  maxLanes?: number;
  /** The tracks, from timelineGroups; one track with every event by default. */
  groups?: readonly TimelineGroup[];
  /** Room in pixels outside [0, width] where marks and labels are still seen (the margins). */
  edge?: number;
  /** Events drawn even when their lane overflows or the view is aggregated (the selection). */
  pinned?: ReadonlySet<string>;
  /** The time index of `events` (same order): finds the events in view by binary search. */
  index?: TimeIndex;
  /**
   * Above this many events in view, none is drawn: each column gets a count badge over the
   * density histogram, and zooming in brings the marks back. Packing lanes for tens of
   * thousands of marks that would mostly overflow costs more than a frame.
   */
  aggregateAbove?: number;
}

/** Radius of a point mark in pixels; marks closer than this plus the gap share no lane. */
export const POINT_RADIUS = 6;
const LANE_GAP = 3;
/** Length of the dashed lead-in before a "by" mark. */
export const BY_LEAD_IN = 14;
/** Bands and spans are drawn at least this wide, so a month seen from decades away stays visible. */
const MIN_BAND_WIDTH = 2 * POINT_RADIUS;

/** A mark's place: its drawn extent (x0, x1: what lanes keep apart) and the mark itself (m0, m1). */
interface Placed {
  index: number;
  shape: MarkShape;
  x0: number;
  x1: number;
  m0: number;
  m1: number;
}

/**
 * Where every mark, badge and tick goes for `events` (in time order) across `width` pixels of
 * `domain`. Only events overlapping the domain are placed; lanes are packed per track.
 */
export function timelineLayout(
  events: readonly DatelineEvent[],
  width: number,
  domain: readonly [number, number],
  options: TimelineLayoutOptions = {},
): TimelineLayout {
  const { maxLanes = Infinity, edge = 0, pinned, aggregateAbove = Infinity } = options;
  const scale = timeScale([domain[0], domain[1]], [0, Math.max(width, 1)]);
  const ticks = timeTicks(scale, width, edge);
  // Plain linear math for the hot loop: the same as the scale, without a call per event.
  const msPerPx = (domain[1] - domain[0]) / Math.max(width, 1);
  const px = (t: number) => (t - domain[0]) / msPerPx;
  // What is off screen by more than the widest decoration is skipped before any pixel math.
  const slack = (edge + BY_LEAD_IN + MIN_BAND_WIDTH) * msPerPx;
  const [from, to] = [domain[0] - slack, domain[1] + slack];
  const index = options.index?.events === events ? options.index : undefined;
  if (index && !options.groups) {
    // One track and an index: a crowded view is counted by binary search, never event by event.
    const starting = index.firstStartingAtOrAfter(to) - index.firstStartingAtOrAfter(from);
    if (starting > aggregateAbove) {
      return {
        scale,
        marks: pinnedMarks(events, pinned, px, width, edge),
        badges: startBadges(index, domain, msPerPx, width),
        groups: [{ value: null, label: '' }],
        ticks: ticks.ticks,
        context: ticks.context,
        level: ticks.level,
        lanes: 0,
        inView: starting,
        aggregated: true,
      };
    }
  }
  const visible = inView(events, from, to, index);
  // Without tracks, one track of every event in view (no membership to check).
  const groups: readonly {
    value: string | null;
    label: string;
    members: readonly number[] | null;
  }[] = options.groups ?? [{ value: null, label: '', members: null }];
  const aggregated = visible.length > aggregateAbove;

  const marks: TimelineMark[] = [];
  const footprints: Placed[] = [];
  const badges: OverflowBadge[] = [];
  let lanes = 0;
  const flags = groups.some((g) => g.members) ? membership(visible, events.length) : null;
  groups.forEach((group, g) => {
    const members = flags && group.members ? group.members.filter((i) => flags[i]) : visible;
    if (aggregated) {
      badges.push(...columnBadges(members, events, g, px, width, edge));
      for (const i of members) {
        if (!pinned?.has(events[i]!.id)) continue;
        const p = placeMark(events[i]!, i, px, width, edge);
        if (!p) continue;
        marks.push(toMark(events[i]!, p, g, OVERFLOW));
        footprints.push(p);
      }
      return;
    }
    const placed: Placed[] = [];
    for (const i of members) {
      const p = placeMark(events[i]!, i, px, width, edge);
      if (p) placed.push(p);
    }
    placed.sort((a, b) => a.x0 - b.x0);
    const assigned = laneLayout(placed, LANE_GAP, maxLanes);
    const overflow: number[] = [];
    let used = 0;
    placed.forEach((p, k) => {
      const lane = assigned[k]!;
      const event = events[p.index]!;
      if (lane === OVERFLOW) overflow.push(p.index);
      else used = Math.max(used, lane + 1);
      if (lane !== OVERFLOW || pinned?.has(event.id)) {
        marks.push(toMark(event, p, g, lane));
        footprints.push(p);
      }
    });
    lanes += used;
    badges.push(...columnBadges(overflow, events, g, px, width, edge));
  });
  const labels = markLabels(
    marks.map((m, i) => ({
      ...m,
      f0: footprints[i]!.x0,
      f1: footprints[i]!.x1,
      title: m.event.title,
    })),
    width,
  );
  labels.forEach((label, i) => (marks[i]!.label = label));
  return {
    scale,
    marks,
    badges,
    groups: groups.map(({ value, label }) => ({ value, label })),
    ticks: ticks.ticks,
    context: ticks.context,
    level: ticks.level,
    lanes,
    inView: visible.length,
    aggregated,
  };
}

/** The pinned events in view, drawn on the badge line of a counted view. */
function pinnedMarks(
  events: readonly DatelineEvent[],
  pinned: ReadonlySet<string> | undefined,
  px: (t: number) => number,
  width: number,
  edge: number,
): TimelineMark[] {
  if (!pinned?.size) return [];
  const marks: TimelineMark[] = [];
  events.forEach((event, i) => {
    if (!pinned.has(event.id)) return;
    const p = placeMark(event, i, px, width, edge);
    if (p) marks.push(toMark(event, p, 0, OVERFLOW));
  });
  return marks;
}

/** Positions of the events overlapping [from, to): by the index when there is one. */
function inView(
  events: readonly DatelineEvent[],
  from: number,
  to: number,
  index: TimeIndex | undefined,
): number[] {
  if (index && index.events === events) return index.overlapping(from, to);
  const positions: number[] = [];
  events.forEach((e, i) => e.time.start < to && e.time.end > from && positions.push(i));
  return positions;
}

function membership(positions: readonly number[], count: number): Uint8Array {
  const flags = new Uint8Array(count);
  for (const i of positions) flags[i] = 1;
  return flags;
}

function placeMark(
  event: DatelineEvent,
  index: number,
  px: (t: number) => number,
  width: number,
  edge: number,
): Placed | null {
  const { start, end, precision } = event.time;
  const x0 = px(start);
  const x1 = px(end);
  const centre = (x0 + x1) / 2;
  const shape: MarkShape =
    event.end !== undefined ? 'span' : precision === 'day' ? 'point' : 'band';
  let m0 = x0;
  let m1 = x1;
  if (shape === 'point') {
    // A day seen close up is as wide as the day: a point would claim a moment the data lacks.
    if (x1 - x0 < 2 * POINT_RADIUS) m0 = m1 = centre;
  } else if (x1 - x0 < MIN_BAND_WIDTH) {
    // Too narrow to see at this zoom: keep a minimum width, centred on the period.
    m0 = centre - MIN_BAND_WIDTH / 2;
    m1 = centre + MIN_BAND_WIDTH / 2;
  }
  const round = m0 === m1;
  const f0 = (round ? m0 - POINT_RADIUS : m0) - (event.qualifier === 'by' ? BY_LEAD_IN : 0);
  const f1 = round ? m1 + POINT_RADIUS : m1;
  if (f1 < -edge || f0 > width + edge) return null;
  return { index, shape, x0: f0, x1: f1, m0, m1 };
}

function toMark(event: DatelineEvent, p: Placed, group: number, lane: number): TimelineMark {
  const { precision, endPrecision } = event.time;
  const soft = p.shape !== 'point';
  return {
    event,
    shape: p.shape,
    x0: p.m0,
    x1: p.m1,
    softStart: soft && precision !== 'day',
    softEnd: soft && (endPrecision ?? precision) !== 'day',
    by: event.qualifier === 'by',
    group,
    lane,
    key: `${group}:${event.id}`,
    label: null,
  };
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
