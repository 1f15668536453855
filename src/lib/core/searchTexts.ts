import { eventSearchTexts } from './searchText';
import type { TimeIndex } from './timeIndex';

const built = new WeakMap<TimeIndex, readonly string[]>();
/** For texts a load made as its events arrived: their positions in the order they were made. */
const madeOrder = new WeakMap<TimeIndex, Int32Array>();
/** Texts being built a slice at a time (warmSearchTexts), and the next position. */
const partial = new WeakMap<TimeIndex, { texts: string[]; next: number }>();
const SLICE = 500;

/**
 * The normalised search text of each of an index's events, by position. Built on the first
 * search, not at load (most sessions never search), then kept as long as the index is: an
 * array read by position is cheaper per keystroke than a WeakMap lookup per event.
 */
export function searchTexts(index: TimeIndex): readonly string[] {
  const texts = built.get(index);
  if (texts) return texts;
  warmSearchTexts(index, () => Infinity);
  return built.get(index)!;
}

/**
 * Builds the search texts ahead of the first search, a slice at a time while `timeLeft()`
 * (an idle period's remaining milliseconds) allows: at 100,000 events the whole build takes
 * a few hundred milliseconds, too long for one task. True once they are complete.
 */
export function warmSearchTexts(index: TimeIndex, timeLeft: () => number): boolean {
  if (built.has(index)) return true;
  const { events } = index;
  let job = partial.get(index);
  if (!job) partial.set(index, (job = { texts: [], next: 0 }));
  // In position order: each slice's texts are pieces of one string (eventSearchTexts), so a
  // search, which reads them in position order, reads memory in order. Built in the file's
  // order, a scan of 105,000 texts took 20 to 25 ms instead of 3 to 4.
  while (job.next < events.length) {
    const stop = Math.min(events.length, job.next + SLICE);
    for (const text of eventSearchTexts(events, job.next, stop)) job.texts.push(text);
    job.next = stop;
    if (job.next < events.length && timeLeft() < 1) return false;
  }
  built.set(index, job.texts);
  partial.delete(index);
  return true;
}

/**
 * Keeps `texts` (each the `eventSearchText` of the event at that position, built elsewhere: the
 * load controller makes them as the import worker's events arrive) as `index`'s search texts.
 * `made` lists their positions in the order they were made, the order a search reads them in
 * (see searchOrder).
 */
export function adoptSearchTexts(
  index: TimeIndex,
  texts: readonly string[],
  made?: Int32Array,
): void {
  if (texts.length !== index.events.length) return;
  built.set(index, texts);
  partial.delete(index);
  if (made?.length === texts.length) madeOrder.set(index, made);
}

/**
 * The positions of `index`'s search texts in the order a search should read them, or null for
 * position order. A load's texts are pieces of the strings of the chunks they came in (see
 * eventSearchTexts), in the file's order: read by position, they were read out of order, and
 * a search of 105,000 took 20 to 25 ms instead of 4 to 7.
 */
export function searchOrder(index: TimeIndex): Int32Array | null {
  return madeOrder.get(index) ?? null;
}
