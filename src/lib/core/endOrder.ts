import { stableSortOrder } from './stableSortOrder';
import type { TimeIndex } from './timeIndex';

/** Per index, its positions ordered by end: sorted once, then every filtered subset reuses it. */
const byIndex = new WeakMap<TimeIndex, Int32Array>();

/**
 * The events at `positions` of `index` (ascending; null for all) ordered by end time, as
 * positions into that subset (0 … positions.length − 1); equal ends keep time order. The whole
 * index is sorted by end once; a large subset is then picked out of that order in one pass, so
 * a new filter result costs no sort of its own.
 */
export function endOrder(index: TimeIndex, positions: Int32Array | null): Int32Array {
  let all = byIndex.get(index);
  if (!all) {
    all = stableSortOrder(index.ends);
    byIndex.set(index, all);
  }
  if (positions === null || positions.length === index.events.length) return all;
  // A small subset is quicker sorted on its own than picked out of every event's order.
  if (positions.length * 16 < all.length)
    return stableSortOrder(Float64Array.from(positions, (p) => index.ends[p]!));
  // Each index position's place in the subset, plus one (0: not in it).
  const place = new Int32Array(index.events.length);
  for (let k = 0; k < positions.length; k++) place[positions[k]!] = k + 1;
  const order = new Int32Array(positions.length);
  let filled = 0;
  for (let j = 0; j < all.length; j++) {
    const k = place[all[j]!]!;
    if (k) order[filled++] = k - 1;
  }
  return order;
}
