import type { DatelineEvent } from './event';
import type { TimeIndex } from './timeIndex';

/** The list fields the filter chips work on. */
export type FacetField = 'tags' | 'actors';

/**
 * One list field (tags or actors) of an index's events, numbered: which values each event lists,
 * which events list each value, and the counts over the whole dataset. Filtering by "any of
 * these tags" reads the postings of the chosen tags instead of every event.
 */
export interface FacetIndex {
  /** Each distinct value, numbered in the order `facetCounts` meets them (the input order). */
  readonly values: readonly string[];
  readonly idOf: ReadonlyMap<string, number>;
  /**
   * The value ids the event at position p lists are `ids[offsets[p]]` to
   * `ids[offsets[p + 1] - 1]`, in its list's order (a value listed twice counts twice, as in
   * `facetCounts`).
   */
  readonly offsets: Int32Array;
  readonly ids: Int32Array;
  /** For each value id, the positions of the events listing it, ascending, each once. */
  readonly postings: readonly Int32Array[];
  /** For each value id, how often it is listed over all events. */
  readonly totals: Int32Array;
  /** Value ids in `facetCounts` order: most frequent first, then by name. */
  readonly order: Int32Array;
}

const built = {
  tags: new WeakMap<TimeIndex, FacetIndex>(),
  actors: new WeakMap<TimeIndex, FacetIndex>(),
};

/** The facet index of `field`, built on first use and kept as long as `index` is. */
export function facetIndex(index: TimeIndex, field: FacetField): FacetIndex {
  let facet = built[field].get(index);
  if (!facet) {
    facet = buildFacetIndex(index.events, index.positionOf, field);
    built[field].set(index, facet);
  }
  return facet;
}

/**
 * Keeps `facet` (built elsewhere over `index`'s events in time order, as `buildFacetIndex` or a
 * FacetCollector builds it) as `index`'s facet index of `field`, so it is not built again.
 */
export function adoptFacetIndex(index: TimeIndex, field: FacetField, facet: FacetIndex): void {
  built[field].set(index, facet);
}

/**
 * The facet index of `field` over `events` (in time order, as a TimeIndex holds them), values
 * numbered in input order: `positionOf[i]` is the position of the input's i-th event (null when
 * the input order is the time order).
 */
export function buildFacetIndex(
  events: readonly DatelineEvent[],
  positionOf: Int32Array | null,
  field: FacetField,
): FacetIndex {
  const n = events.length;
  // A named property read per field, not `event[field]`: a keyed read cost more here.
  const listOf = field === 'tags' ? (e: DatelineEvent) => e.tags : (e: DatelineEvent) => e.actors;
  const at = positionOf ? (i: number) => positionOf[i]! : (i: number) => i;
  // The events are read in input order: that numbers values as facetCounts' Map does (its tie
  // order between values localeCompare calls equal), and it is usually their order in memory.
  const offsets = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) offsets[at(i) + 1] = listOf(events[at(i)]!).length;
  for (let p = 0; p < n; p++) offsets[p + 1]! += offsets[p]!;
  const ids = new Int32Array(offsets[n]!);
  const idOf = new Map<string, number>();
  const values: string[] = [];
  for (let i = 0; i < n; i++) {
    const p = at(i);
    let k = offsets[p]!;
    for (const value of listOf(events[p]!)) {
      let id = idOf.get(value);
      if (id === undefined) {
        id = values.length;
        idOf.set(value, id);
        values.push(value);
      }
      ids[k++] = id;
    }
  }
  return facetIndexOf(values, idOf, offsets, ids);
}

/**
 * The facet index whose values are `values` (numbered by `idOf`) and whose event at position p
 * lists the value ids `ids[offsets[p]]` to `ids[offsets[p + 1] - 1]`: the counts, their order and
 * the postings worked out from those.
 */
export function facetIndexOf(
  values: readonly string[],
  idOf: ReadonlyMap<string, number>,
  offsets: Int32Array,
  ids: Int32Array,
): FacetIndex {
  const totals = new Int32Array(values.length);
  for (let k = 0; k < ids.length; k++) totals[ids[k]!]!++;
  const order = new Int32Array(values.length).map((_, i) => i);
  order.sort((a, b) => totals[b]! - totals[a]! || values[a]!.localeCompare(values[b]!) || a - b);
  return {
    values,
    idOf,
    offsets,
    ids,
    postings: postingLists(offsets, ids, totals),
    totals,
    order,
  };
}

/** Positions per value id, ascending, without the repeats of a value listed twice. */
function postingLists(offsets: Int32Array, ids: Int32Array, totals: Int32Array): Int32Array[] {
  const lists = Array.from(totals, (total) => new Int32Array(total));
  const filled = new Int32Array(totals.length);
  const n = offsets.length - 1;
  for (let p = 0; p < n; p++) {
    for (let k = offsets[p]!; k < offsets[p + 1]!; k++) {
      const id = ids[k]!;
      const list = lists[id]!;
      if (filled[id] === 0 || list[filled[id]! - 1] !== p) list[filled[id]!++] = p;
    }
  }
  return lists.map((list, id) => (filled[id] === list.length ? list : list.slice(0, filled[id])));
}
