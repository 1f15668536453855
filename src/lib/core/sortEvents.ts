import type { DatelineEvent } from './event';
import { stableSortOrder } from './stableSortOrder';
import type { TimeIndex } from './timeIndex';

export type SortKey = 'date' | 'title' | 'place' | 'actors' | 'tags' | 'distance';
export type SortDirection = 'ascending' | 'descending';
type TextKey = 'title' | 'place' | 'actors' | 'tags';

// Pure: lets a bundle that never sorts leave this module out.
const collator = /* @__PURE__ */ new Intl.Collator('en', { sensitivity: 'base', numeric: true });

/**
 * The events ordered by `key`, stable: ties keep their order in `events` (time order, when the
 * input is in time order), in either direction. Dates sort by start, then end. Text sorts as
 * people read it: without regard to case or accents, numbers by value ("Actor 9" before
 * "Actor 10"). Missing values (no place, no actors, no distance) go last in either direction.
 * May return `events` itself, when it is in the order asked for already.
 *
 * For many sorts of lists drawn from one dataset (the Events table), use an `EventSorter`.
 */
export function sortEvents(
  events: readonly DatelineEvent[],
  key: SortKey,
  direction: SortDirection,
  distancesKm: ReadonlyMap<string, number> = new Map(),
): readonly DatelineEvent[] {
  return new EventSorter(events).sort(events, key, direction, distancesKm);
}

/** The universe's positions in a key's ascending stable order, and each position's rank. */
interface Ordering {
  /** Positions with a value, ascending (ties in universe order), then those without. */
  order: Int32Array;
  /** Equal ranks for equal values; -1 for no value. */
  rank: Int32Array;
  /** `order` is 0, 1, 2, …: the universe is in this order already. */
  identity: boolean;
}

/**
 * Sorts lists drawn from one set of events (the dataset, in time order), as `sortEvents` does.
 * Comparing strings with Intl.Collator 1.7 million times took seconds at 100,000 titles. Here
 * each column is ordered once over the whole set, by keys that sort as the collator does
 * (`collationKey`) with a string radix sort, and kept. Sorting a list that is a subsequence of
 * the set (the filtered events are) then walks that order, keeping the list's events: linear,
 * whatever the column and however often the filters change. Any other list is sorted by the
 * kept ranks (a radix sort), or on its own if it holds events the set does not.
 */
export class EventSorter {
  readonly #universe: readonly DatelineEvent[];
  readonly #orderings = new Map<Exclude<SortKey, 'distance'>, Ordering>();
  #distances: { of: ReadonlyMap<string, number>; ordering: Ordering } | null = null;
  #positionOf: Map<DatelineEvent, number> | null = null;
  /** The list sorted last and which events it holds: a click on a header sorts it again. */
  #last: { events: readonly DatelineEvent[] | null; member: Uint8Array | null } = {
    events: null,
    member: null,
  };

  readonly #times: UniverseTimes | undefined;

  /** `times`: the universe's starts and ends by position, when at hand (a time index's). */
  constructor(universe: readonly DatelineEvent[], times?: UniverseTimes) {
    this.#universe = universe;
    this.#times = times;
  }

  sort(
    events: readonly DatelineEvent[],
    key: SortKey,
    direction: SortDirection,
    distancesKm: ReadonlyMap<string, number> = new Map(),
    /** Where `events` are in the universe, ascending, when the caller knows (a filter's result). */
    at?: Int32Array | null,
  ): readonly DatelineEvent[] {
    const universe = this.#universe;
    const n = universe.length;
    let member: Uint8Array | null = null;
    let positions: Int32Array | null = null;
    if (events !== universe && at) {
      // A few events are sorted by their ranks (linear in their number); many, by walking the
      // kept order (linear in the universe's).
      if (at.length * 16 < n) positions = at;
      else {
        member = new Uint8Array(n);
        for (let k = 0; k < at.length; k++) member[at[k]!] = 1;
      }
    } else if (events !== universe) {
      // Which of the universe's events the list holds, if it holds them in the universe's order
      // (the filtered events do): then its order is the kept order with the others left out.
      // (Lists are read, never changed, so the last one's answer holds while it is the same list.)
      if (events !== this.#last.events) {
        this.#last = { events, member: members(events, universe) };
      }
      member = this.#last.member;
      positions = member ? null : this.#positions(events);
    }
    if (events !== universe && !member && !positions) {
      return new EventSorter(events).sort(events, key, direction, distancesKm);
    }
    const { order, rank, identity } = this.#ordering(key, distancesKm);
    // In the universe's own order, a list in that order is sorted already.
    if (identity && direction === 'ascending' && (!positions || positions === at)) return events;

    // `ascending`: universe positions of the list's events, in ascending stable order.
    let ascending: Int32Array;
    if (!positions) {
      if (member) {
        ascending = new Int32Array(events.length);
        let o = 0;
        for (let k = 0; k < n; k++) if (member[order[k]!]) ascending[o++] = order[k]!;
      } else ascending = order;
    } else {
      // Ties must keep the list's order, not the universe's: a stable radix sort by rank.
      const keys = new Float64Array(events.length);
      for (let i = 0; i < events.length; i++) {
        const r = rank[positions[i]!]!;
        keys[i] = r < 0 ? Infinity : r;
      }
      const byRank = stableSortOrder(keys);
      ascending = new Int32Array(events.length);
      for (let i = 0; i < events.length; i++) ascending[i] = positions[byRank[i]!]!;
    }

    const out: DatelineEvent[] = new Array<DatelineEvent>(ascending.length);
    let withValue = ascending.length;
    while (withValue > 0 && rank[ascending[withValue - 1]!]! < 0) withValue--;
    let o = 0;
    if (direction === 'ascending') {
      for (let i = 0; i < withValue; i++) out[o++] = universe[ascending[i]!]!;
    } else {
      // Backwards, tie group by tie group, each group forwards: ties keep their order.
      let end = withValue;
      while (end > 0) {
        const r = rank[ascending[end - 1]!];
        let start = end - 1;
        while (start > 0 && rank[ascending[start - 1]!] === r) start--;
        for (let i = start; i < end; i++) out[o++] = universe[ascending[i]!]!;
        end = start;
      }
    }
    for (let i = withValue; i < ascending.length; i++) out[o++] = universe[ascending[i]!]!;
    return out;
  }

  /** Orders the universe by `key` now, rather than at the first sort by it (it is kept). */
  prepare(key: Exclude<SortKey, 'distance'>): void {
    this.#ordering(key, new Map());
  }

  /** Each event's position in the universe, or null if one is not there (or is there twice). */
  #positions(events: readonly DatelineEvent[]): Int32Array | null {
    this.#positionOf ??= new Map(this.#universe.map((e, i) => [e, i]));
    const positions = new Int32Array(events.length);
    const seen = new Uint8Array(this.#universe.length);
    for (let i = 0; i < events.length; i++) {
      const p = this.#positionOf.get(events[i]!);
      if (p === undefined || seen[p]) return null;
      seen[p] = 1;
      positions[i] = p;
    }
    return positions;
  }

  #ordering(key: SortKey, distancesKm: ReadonlyMap<string, number>): Ordering {
    if (key === 'distance') {
      if (this.#distances?.of !== distancesKm) {
        this.#distances = {
          of: distancesKm,
          ordering: distanceOrdering(this.#universe, distancesKm),
        };
      }
      return this.#distances.ordering;
    }
    let ordering = this.#orderings.get(key);
    if (!ordering) {
      ordering =
        key === 'date'
          ? dateOrdering(this.#universe, this.#times)
          : textOrdering(this.#universe, key);
      this.#orderings.set(key, ordering);
    }
    return ordering;
  }
}

const sorters = new WeakMap<TimeIndex, EventSorter>();

/** The sorter of an index's events (read with its starts and ends), one per index. */
export function eventSorterOf(index: TimeIndex): EventSorter {
  let sorter = sorters.get(index);
  if (!sorter) sorters.set(index, (sorter = new EventSorter(index.events, index)));
  return sorter;
}

/**
 * Marks the universe's positions that `list` holds, if `list`'s events appear in `universe` in
 * the same order, each once; null if they do not.
 */
function members(
  list: readonly DatelineEvent[],
  universe: readonly DatelineEvent[],
): Uint8Array | null {
  const member = new Uint8Array(universe.length);
  let j = 0;
  for (let i = 0; i < universe.length && j < list.length; i++) {
    if (universe[i] === list[j]) {
      member[i] = 1;
      j++;
    }
  }
  return j === list.length ? member : null;
}

/** Ranks from an ascending order: a new rank wherever `same` says a value differs. */
function ordering(
  order: Int32Array,
  defined: number,
  same: (p: number, q: number) => boolean,
): Ordering {
  const n = order.length;
  const rank = new Int32Array(n).fill(-1);
  let r = -1;
  let identity = true;
  for (let k = 0; k < n; k++) {
    const p = order[k]!;
    if (p !== k) identity = false;
    if (k >= defined) continue;
    if (k === 0 || !same(order[k - 1]!, p)) r++;
    rank[p] = r;
  }
  return { order, rank, identity };
}

/** Starts and ends by position, as a time index holds them. */
export interface UniverseTimes {
  readonly starts: Float64Array;
  readonly ends: Float64Array;
}

/** By start, then end. */
function dateOrdering(universe: readonly DatelineEvent[], times?: UniverseTimes): Ordering {
  const n = universe.length;
  // Read from the typed arrays when given: reading the times of 200,000 event objects cost
  // a tenth of a second of the page's load.
  const starts = times?.starts ?? Float64Array.from(universe, (e) => e.time.start);
  const ends = times?.ends ?? Float64Array.from(universe, (e) => e.time.end);
  let sorted = true;
  let startsSorted = true;
  for (let i = 1; i < n && startsSorted; i++) {
    startsSorted = starts[i - 1]! <= starts[i]!;
    if (sorted) sorted = starts[i - 1]! < starts[i]! || ends[i - 1]! <= ends[i]!;
  }
  let order: Int32Array;
  if (sorted && startsSorted) {
    order = new Int32Array(n);
    for (let i = 0; i < n; i++) order[i] = i;
  } else if (startsSorted) {
    // In start order already (a time index's events are): only runs of equal starts need
    // ordering, by end, and they are short.
    order = new Int32Array(n);
    for (let i = 0; i < n; i++) order[i] = i;
    for (let i = 0; i < n;) {
      let j = i + 1;
      while (j < n && starts[j] === starts[i]) j++;
      if (j - i > 1) order.subarray(i, j).sort((p, q) => ends[p]! - ends[q]! || p - q);
      i = j;
    }
  } else {
    // Two stable passes, the less significant key first: by end, then by start.
    const byEnd = stableSortOrder(ends);
    const startsByEnd = new Float64Array(n);
    for (let i = 0; i < n; i++) startsByEnd[i] = starts[byEnd[i]!]!;
    const byStart = stableSortOrder(startsByEnd);
    order = new Int32Array(n);
    for (let i = 0; i < n; i++) order[i] = byEnd[byStart[i]!]!;
  }
  return ordering(order, n, (p, q) => starts[p] === starts[q] && ends[p] === ends[q]);
}

function distanceOrdering(
  universe: readonly DatelineEvent[],
  distancesKm: ReadonlyMap<string, number>,
): Ordering {
  const n = universe.length;
  const km = new Float64Array(n);
  let defined = 0;
  for (let i = 0; i < n; i++) {
    const d = distancesKm.get(universe[i]!.id);
    // No distance (or NaN) goes last; stableSortOrder puts NaN after everything.
    km[i] = d === undefined ? NaN : d;
    if (d === d && d !== undefined) defined++;
  }
  return ordering(stableSortOrder(km), defined, (p, q) => km[p] === km[q]);
}

function textOf(event: DatelineEvent, key: TextKey): string | undefined {
  switch (key) {
    case 'title':
      return event.title;
    case 'place':
      return event.place;
    case 'actors':
      return event.actors.join(', ') || undefined;
    case 'tags':
      return event.tags.join(', ') || undefined;
  }
}

/**
 * In collator order. The texts are ranked (each distinct one once, where they repeat): those
 * with a collation key by their keys (a string radix sort), the rest (text in other scripts,
 * mostly) by the collator, the two merged by the collator. Then the events are counted into
 * their ranks: a stable counting sort.
 */
function textOrdering(universe: readonly DatelineEvent[], key: TextKey): Ordering {
  const n = universe.length;
  const all: (string | undefined)[] = new Array<string | undefined>(n);
  for (let i = 0; i < n; i++) all[i] = textOf(universe[i]!, key);
  // Places, actors and tags repeat: rank each distinct text once. Titles mostly do not, and
  // gathering them would only cost.
  const sample = new Set(all.slice(0, 2000));
  const gather = sample.size < Math.min(n, 2000) / 2;
  const textIndex = new Int32Array(n);
  const indexOf = new Map<string, number>();
  const texts: string[] = [];
  for (let i = 0; i < n; i++) {
    const text = all[i];
    if (text === undefined) {
      textIndex[i] = -1;
      continue;
    }
    let t = gather ? indexOf.get(text) : undefined;
    if (t === undefined) {
      t = texts.length;
      if (gather) indexOf.set(text, t);
      texts.push(text);
    }
    textIndex[i] = t;
  }
  const rankOf = rankTexts(texts);
  let ranks = 0;
  for (let t = 0; t < texts.length; t++) ranks = Math.max(ranks, rankOf[t]! + 1);
  // Bucket r holds rank r; the last bucket, the events without a value.
  const rank = new Int32Array(n);
  const starts = new Int32Array(ranks + 2);
  for (let i = 0; i < n; i++) {
    const r = textIndex[i]! < 0 ? -1 : rankOf[textIndex[i]!]!;
    rank[i] = r;
    starts[(r < 0 ? ranks : r) + 1]!++;
  }
  for (let b = 1; b < starts.length; b++) starts[b]! += starts[b - 1]!;
  const order = new Int32Array(n);
  let identity = true;
  for (let i = 0; i < n; i++) {
    const r = rank[i]!;
    const to = starts[r < 0 ? ranks : r]!++;
    order[to] = i;
    if (to !== i) identity = false;
  }
  return { order, rank, identity };
}

/** Ranks of texts in collator order: equal ranks for texts the collator finds equal. */
function rankTexts(texts: readonly string[]): Int32Array {
  const m = texts.length;
  const keys: string[] = new Array<string>(m);
  const keyed: number[] = [];
  const others: number[] = [];
  for (let t = 0; t < m; t++) {
    const k = collationKey(texts[t]!);
    if (k === null) others.push(t);
    else {
      keys[t] = k;
      keyed.push(t);
    }
  }
  const fast = Int32Array.from(keyed);
  radixSortByKeys(fast, keys);
  others.sort((a, b) => collator.compare(texts[a]!, texts[b]!));
  const rankOf = new Int32Array(m);
  let r = -1;
  let previous = -1; // the text ranked last
  let f = 0;
  let o = 0;
  while (f < fast.length || o < others.length) {
    const t =
      o === others.length ||
      (f < fast.length && collator.compare(texts[fast[f]!]!, texts[others[o]!]!) <= 0)
        ? fast[f++]!
        : others[o++]!;
    // Texts with keys are equal when their keys are; any other comparison is the collator's.
    const same =
      previous >= 0 &&
      (keys[previous] !== undefined && keys[t] !== undefined
        ? keys[previous] === keys[t]
        : collator.compare(texts[previous]!, texts[t]!) === 0);
    if (!same) r++;
    rankOf[t] = r;
    previous = t;
  }
  return rankOf;
}

/**
 * Sorts positions by `keys[position]` in code-unit order (not stable): a three-way radix
 * quicksort (Bentley and Sedgewick), which reads the long prefixes that titles share once per
 * partition rather than once per comparison.
 */
export function radixSortByKeys(positions: Int32Array, keys: readonly string[]): void {
  const at = (p: number, d: number) => {
    const k = keys[p]!;
    return d < k.length ? k.charCodeAt(d) : -1;
  };
  const stack: number[] = [0, positions.length, 0];
  while (stack.length) {
    const d = stack.pop()!;
    const hi = stack.pop()!;
    let lo = stack.pop()!;
    while (hi - lo > 1) {
      if (hi - lo < 12) {
        // Insertion sort: the keys share their first d units.
        for (let i = lo + 1; i < hi; i++) {
          const p = positions[i]!;
          const k = keys[p]!;
          let j = i - 1;
          for (; j >= lo && keys[positions[j]!]! > k; j--) positions[j + 1] = positions[j]!;
          positions[j + 1] = p;
        }
        break;
      }
      // Median of three units as the pivot.
      const a = at(positions[lo]!, d);
      const b = at(positions[(lo + hi) >>> 1]!, d);
      const c = at(positions[hi - 1]!, d);
      const pivot = a < b ? (b < c ? b : a < c ? c : a) : a < c ? a : b < c ? c : b;
      let lt = lo;
      let gt = hi - 1;
      let i = lo;
      while (i <= gt) {
        const u = at(positions[i]!, d);
        if (u < pivot) {
          const x = positions[lt]!;
          positions[lt++] = positions[i]!;
          positions[i++] = x;
        } else if (u > pivot) {
          const x = positions[gt]!;
          positions[gt--] = positions[i]!;
          positions[i] = x;
        } else i++;
      }
      // [lo, lt) below the pivot, [lt, gt] equal to it, (gt, hi) above.
      if (lt - lo > 1) stack.push(lo, lt, d);
      if (pivot >= 0 && gt + 1 - lt > 1) stack.push(lt, gt + 1, d + 1);
      lo = gt + 1;
    }
  }
}

/**
 * Key code units: letters as lower case (the collator ignores case); space and punctuation as
 * 0x20 plus their rank in the collator's order (set up from the collator itself), so a space,
 * ranked first, stays a space; then the unit that starts a number; then the letters.
 */
const MARKS: string[] = [];
const NUMBER = '\x60';
/** Digit runs and the characters that are not kept as they are. */
let special = /[0-9]+|[^a-z]/g;
/** ICU's numeric collation counts a run of up to 254 digits as one number; stay well short. */
const MAX_DIGITS = 120;
/** Longer texts are left to the collator. */
const MAX_LENGTH = 2000;
let marksSet = false;
let agree: boolean | undefined;

function setUpMarks(): void {
  if (marksSet) return;
  marksSet = true;
  const marks: string[] = [];
  for (let c = 32; c < 127; c++) {
    const ch = String.fromCharCode(c);
    if (!/[0-9A-Za-z]/.test(ch)) marks.push(ch);
  }
  marks.sort(collator.compare);
  let rank = 0;
  for (let i = 0; i < marks.length; i++) {
    if (i > 0 && collator.compare(marks[i - 1]!, marks[i]!) !== 0) rank++;
    MARKS[marks[i]!.charCodeAt(0)] = String.fromCharCode(0x20 + rank);
  }
  if (MARKS[32] === ' ') special = /[0-9]+|[^a-z ]/g;
}

/**
 * A string whose code-unit order is the collator's order of the texts it was made from, and
 * equal exactly when the collator finds them equal; null for text the key cannot speak for
 * (other scripts, control characters), left to the collator. Accents are dropped (the collator
 * ignores them: "é" is "e"). A run of digits becomes one unit, its length and its digits without
 * leading zeros, so numbers compare by value, as with `numeric: true`. Not a stable format:
 * compare keys made in the same page only.
 */
export function collationKey(text: string): string | null {
  if (!collationKeysAgree()) return null;
  return keyOf(text);
}

function keyOf(text: string): string | null {
  setUpMarks();
  if (text.length > MAX_LENGTH) return null;
  let s = text;
  // Letters with accents: base letters and combining marks, the marks dropped.
  if (/[^\x20-\x7e]/.test(s)) s = s.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
  s = s.toLowerCase();
  // Most of a title is letters and spaces, kept as they are: only the rest is rewritten.
  special.lastIndex = 0;
  let match = special.exec(s);
  if (match === null) return s;
  let out = '';
  let from = 0;
  do {
    const at = match.index;
    const c = s.charCodeAt(at);
    out += s.slice(from, at);
    if (c >= 48 && c <= 57) {
      const digits = match[0];
      let zeros = 0;
      while (zeros < digits.length && digits.charCodeAt(zeros) === 48) zeros++;
      if (digits.length - zeros > MAX_DIGITS) return null;
      out += NUMBER + String.fromCharCode(0x80 + digits.length - zeros) + digits.slice(zeros);
    } else {
      const mark = c < 127 ? MARKS[c] : undefined;
      if (mark === undefined) return null;
      out += mark;
    }
    from = special.lastIndex;
    match = special.exec(s);
  } while (match !== null);
  return from < s.length ? out + s.slice(from) : out;
}

/**
 * Whether keys order a set of probe texts as this browser's collator does. If its collation
 * ever differed, every text would be left to the collator: slower, never wrong.
 */
export function collationKeysAgree(): boolean {
  if (agree !== undefined) return agree;
  setUpMarks();
  const marks = MARKS.map((_, c) => String.fromCharCode(c)).filter((m) => MARKS[m.charCodeAt(0)]);
  agree = marks.every((m) => MARKS[m.charCodeAt(0)]! < NUMBER);
  const probes = [
    '',
    ...marks,
    ...marks.map((m) => `a${m}b`),
    ...marks.map((m) => `${m}1`),
    ...'09AaZz'.split(''),
    ...['a', 'A', 'b', 'ab', 'aB', 'a b', 'a-b', 'a,b', 'a.b', 'a1', 'a01', 'a001', 'a9', 'a10'],
    ...['a 1', 'a-1', '1a', '1 a', '10', '9', '09', '0', '00', '0a', 'a0b', 'ab0', '1.5', '1.10'],
    ...['Actor 2, Actor 10', 'Actor 10, Actor 2', 'Actor 10', 'Actor 1', 'Tag A', 'Tag a, Tag B'],
    ...['x', 'x y', 'xy', 'x_y', 'x~y', 'x$y', 'x1y', 'x12y', 'x2y', '123456789012', '99999999999'],
    ...['é', 'e', 'É', 'ea', 'éb', 'Ö', 'o', 'oz', 'Öa', 'ñ', 'n', 'Å', 'Zürich', 'Zurich', 'Zz'],
  ];
  probes.sort(collator.compare);
  for (let i = 1; i < probes.length && agree; i++) {
    const [a, b] = [keyOf(probes[i - 1]!), keyOf(probes[i]!)];
    const byCollator = Math.sign(collator.compare(probes[i - 1]!, probes[i]!));
    agree = a !== null && b !== null && (a < b ? -1 : a > b ? 1 : 0) === byCollator;
  }
  return agree;
}
