import { classWindow, overlappingPositions, windowSize } from './durationClasses';
import type { EventFilter, FilterPart } from './eventFilter';
import { facetIndex, type FacetIndex } from './facetIndex';
import { hasEvery, knownQueryMatches, queryMatches } from './queryMatches';
import { searchWords } from './searchText';
import { searchTexts } from './searchTexts';
import type { TimeIndex } from './timeIndex';

/**
 * Positions (into `index.events`) of the events passing `filter`, less the parts in `ignore`,
 * ascending (so in time order): the events `index.events.filter(eventPredicate(filter, ignore))`
 * keeps. Null when no part of the filter applies, so every event passes.
 *
 * It does not test every event. It starts from the part that leaves fewest candidates: the
 * events overlapping the range (a binary search per duration class), those listing one of the
 * chosen tags or actors (their posting lists), the `only` ids, or the query's matches; and it
 * tests the other parts on those candidates alone. The answer may be shared with later calls:
 * do not modify it.
 */
export function filterPositions(
  index: TimeIndex,
  filter: EventFilter,
  ignore: readonly FilterPart[] = [],
): Int32Array | null {
  const use = (part: FilterPart) => !ignore.includes(part);
  const range = use('range') ? filter.range : null;
  const tags = use('tags') && filter.tags.length ? chosen(index, 'tags', filter.tags) : null;
  const actors =
    use('actors') && filter.actors.length ? chosen(index, 'actors', filter.actors) : null;
  const words = use('query') ? searchWords(filter.query) : [];
  const only = use('only') ? filter.only : null;
  if (!range && !tags && !actors && !only && words.length === 0) return null;
  // A chosen value no event lists, or an empty `only`, keeps nothing.
  if (tags?.size === 0 || actors?.size === 0 || only?.size === 0) return new Int32Array(0);

  const n = index.events.length;
  const [from, to] = range ?? [0, 0];
  const rangeSize = range
    ? windowSize(index.classes.map((cls) => classWindow(cls, index.starts, from, to)))
    : Infinity;
  let best = Math.min(rangeSize, tags?.size ?? Infinity, actors?.size ?? Infinity, n);
  // Only look the ids up when they would be the fewest candidates (the lookup table costs a
  // pass over the events the first time).
  const onlyPositions = only && only.size < best ? idPositions(index) : null;
  if (onlyPositions) best = only!.size;
  // Searching every text costs more than the other parts' tests: search first only when
  // nothing else narrows much, or when the answer is at hand (the chip counts reuse it).
  const matches = !words.length
    ? null
    : best > n / 8
      ? queryMatches(index, words)
      : knownQueryMatches(index, words);
  if (matches) best = Math.min(best, matches.length);

  const driver =
    matches?.length === best
      ? 'query'
      : onlyPositions && only!.size === best
        ? 'only'
        : range && rangeSize === best
          ? 'range'
          : tags?.size === best
            ? 'tags'
            : actors?.size === best
              ? 'actors'
              : 'all';
  const keep = tester(index, {
    range: driver === 'range' ? null : range,
    tags: driver === 'tags' ? null : tags,
    actors: driver === 'actors' ? null : actors,
    only: driver === 'only' ? null : only,
    words: driver === 'query' ? [] : words,
  });
  switch (driver) {
    case 'range': {
      if (keep)
        return overlappingPositions(index.classes, index.starts, index.ends, from, to, keep);
      const last = lastRange.get(index);
      if (last?.from === from && last.to === to) return last.positions;
      const positions = overlappingPositions(index.classes, index.starts, index.ends, from, to);
      lastRange.set(index, { from, to, positions });
      return positions;
    }
    case 'tags':
    case 'actors':
      return kept((driver === 'tags' ? tags : actors)!.postings, keep);
    case 'only':
      return kept([lookUp(onlyPositions!, only!)], keep);
    case 'query':
      return kept([matches!], keep);
    case 'all':
      return kept([allPositions(n)], keep);
  }
}

/**
 * Per index, the last answer for a range alone: a brush step asks for it three times (the
 * filtered events, then each chip group's counts, which leave out their own group).
 */
const lastRange = new WeakMap<TimeIndex, { from: number; to: number; positions: Int32Array }>();

/** The chosen values of a facet that some event lists, as a mask over value ids. */
interface Chosen {
  facet: FacetIndex;
  mask: Uint8Array;
  postings: Int32Array[];
  /** How many events the postings hold (counting an event with two chosen values twice). */
  size: number;
}

function chosen(index: TimeIndex, field: 'tags' | 'actors', values: readonly string[]): Chosen {
  const facet = facetIndex(index, field);
  const mask = new Uint8Array(facet.values.length);
  const postings: Int32Array[] = [];
  let size = 0;
  for (const value of values) {
    const id = facet.idOf.get(value);
    if (id === undefined || mask[id]) continue;
    mask[id] = 1;
    postings.push(facet.postings[id]!);
    size += facet.postings[id]!.length;
  }
  return { facet, mask, postings, size };
}

/** One test of every part given, for a candidate position; parts left null are not tested. */
function tester(
  index: TimeIndex,
  parts: {
    range: readonly [number, number] | null;
    tags: Chosen | null;
    actors: Chosen | null;
    only: ReadonlySet<string> | null;
    words: readonly string[];
  },
): ((position: number) => boolean) | undefined {
  const { range, tags, actors, only, words } = parts;
  if (!range && !tags && !actors && !only && words.length === 0) return undefined;
  const { events, starts, ends } = index;
  const [from, to] = range ?? [0, 0];
  const texts = words.length ? searchTexts(index) : null;
  return (p) =>
    (!range || (starts[p]! < to && ends[p]! > from)) &&
    (!tags || listsAny(tags, p)) &&
    (!actors || listsAny(actors, p)) &&
    (!only || only.has(events[p]!.id)) &&
    (!texts || hasEvery(texts[p]!, words));
}

/** Whether the event at `p` lists any chosen value. */
function listsAny({ facet, mask }: Chosen, p: number): boolean {
  const { offsets, ids } = facet;
  for (let k = offsets[p]!; k < offsets[p + 1]!; k++) if (mask[ids[k]!]) return true;
  return false;
}

/**
 * The positions in `lists` that `keep` accepts, ascending and each once. (Index loops over the
 * typed arrays throughout: `for…of` over one was several times slower.)
 */
function kept(lists: readonly Int32Array[], keep?: (position: number) => boolean): Int32Array {
  if (lists.length === 1 && !keep) return lists[0]!.slice();
  let size = 0;
  for (const list of lists) size += list.length;
  const out = new Int32Array(size);
  let count = 0;
  for (const list of lists) {
    for (let k = 0; k < list.length; k++) {
      const p = list[k]!;
      if (!keep || keep(p)) out[count++] = p;
    }
  }
  if (lists.length === 1) return out.slice(0, count);
  // Merge the lists: sort, then drop the repeats of an event in two of them.
  const sorted = out.subarray(0, count).sort();
  let unique = 0;
  for (let k = 0; k < count; k++)
    if (k === 0 || sorted[k] !== sorted[k - 1]) sorted[unique++] = sorted[k]!;
  return sorted.slice(0, unique);
}

function allPositions(n: number): Int32Array {
  const positions = new Int32Array(n);
  for (let p = 0; p < n; p++) positions[p] = p;
  return positions;
}

const idTables = new WeakMap<TimeIndex, Map<string, number> | null>();

/** Each id's position, built once per index; null when some id repeats (then ids are tested). */
function idPositions(index: TimeIndex): Map<string, number> | null {
  if (idTables.has(index)) return idTables.get(index)!;
  const table = new Map<string, number>();
  index.events.forEach((event, p) => table.set(event.id, p));
  const unique = table.size === index.events.length ? table : null;
  idTables.set(index, unique);
  return unique;
}

/** The positions of `ids`, ascending (ids no event has are skipped). */
function lookUp(table: Map<string, number>, ids: ReadonlySet<string>): Int32Array {
  const out = new Int32Array(ids.size);
  let count = 0;
  for (const id of ids) {
    const p = table.get(id);
    if (p !== undefined) out[count++] = p;
  }
  return out.slice(0, count).sort();
}
