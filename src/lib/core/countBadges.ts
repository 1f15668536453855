import type { DatelineEvent } from './event';
import type { TimeIndex } from './timeIndex';

/**
 * Events counted rather than drawn, per column of the plot: marks that found no free lane, or
 * every event when too many are in view. Clicking a badge zooms in on its events.
 */
export interface OverflowBadge {
  group: number;
  x0: number;
  x1: number;
  count: number;
  /** The time extent of the events inside, to zoom to. */
  from: number;
  to: number;
  key: string;
}

/** Count badges sit one per column this wide, so they never overlap (five digits fit). */
export const BADGE_COLUMN = 52;

/** One badge per column of the plot counting `positions`, each event in the column of its centre. */
export function columnBadges(
  positions: readonly number[],
  events: readonly DatelineEvent[],
  group: number,
  px: (t: number) => number,
  width: number,
  edge: number,
): OverflowBadge[] {
  const columns = new Map<number, OverflowBadge>();
  const last = Math.max(0, Math.floor((width - 1) / BADGE_COLUMN));
  for (const i of positions) {
    const { start, end } = events[i]!.time;
    const centre = Math.min(Math.max((px(start) + px(end)) / 2, -edge), width + edge);
    const column = Math.min(Math.max(Math.floor(centre / BADGE_COLUMN), 0), last);
    const badge = columns.get(column);
    if (badge) {
      badge.count++;
      badge.from = Math.min(badge.from, start);
      badge.to = Math.max(badge.to, end);
    } else {
      const x0 = column * BADGE_COLUMN;
      const x1 = Math.min(x0 + BADGE_COLUMN, width);
      columns.set(column, {
        group,
        x0,
        x1,
        count: 1,
        from: start,
        to: end,
        key: `${group}:${column}`,
      });
    }
  }
  return [...columns.values()].sort((a, b) => a.x0 - b.x0);
}

/** Count badges per column by event start, each a binary search in the index's sorted starts. */
export function startBadges(
  index: TimeIndex,
  domain: readonly [number, number],
  msPerPx: number,
  width: number,
): OverflowBadge[] {
  const badges: OverflowBadge[] = [];
  const columns = Math.max(1, Math.ceil(width / BADGE_COLUMN));
  let lo = index.firstStartingAtOrAfter(domain[0]);
  for (let c = 0; c < columns; c++) {
    const x0 = c * BADGE_COLUMN;
    const x1 = Math.min(x0 + BADGE_COLUMN, width);
    const hi = index.firstStartingAtOrAfter(domain[0] + x1 * msPerPx);
    if (hi > lo) {
      const [first, last] = [index.starts[lo]!, index.starts[hi - 1]!];
      badges.push({ group: 0, x0, x1, count: hi - lo, from: first, to: last + 1, key: `0:${c}` });
    }
    lo = hi;
  }
  return badges;
}
