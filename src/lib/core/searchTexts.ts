import type { DatelineEvent } from './event';
import { eventSearchTexts } from './searchText';
import type { TimeIndex } from './timeIndex';

const built = new WeakMap<TimeIndex, readonly string[]>();
/** Texts being built a slice at a time (warmSearchTexts), and the next input position. */
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
  const { events, positionOf } = index;
  let job = partial.get(index);
  if (!job) partial.set(index, (job = { texts: new Array<string>(events.length), next: 0 }));
  // In input order, usually the events' order in memory (see TimeIndex.positionOf).
  while (job.next < positionOf.length) {
    const stop = Math.min(positionOf.length, job.next + SLICE);
    const slice: DatelineEvent[] = [];
    for (let j = job.next; j < stop; j++) slice.push(events[positionOf[j]!]!);
    const texts = eventSearchTexts(slice);
    for (let k = 0; job.next < stop; job.next++) job.texts[positionOf[job.next]!] = texts[k++]!;
    if (job.next < positionOf.length && timeLeft() < 1) return false;
  }
  built.set(index, job.texts);
  partial.delete(index);
  return true;
}

/**
 * Keeps `texts` (each the `eventSearchText` of the event at that position, built elsewhere: the
 * load controller makes them as the import worker's events arrive) as `index`'s search texts.
 */
export function adoptSearchTexts(index: TimeIndex, texts: readonly string[]): void {
  if (texts.length !== index.events.length) return;
  built.set(index, texts);
  partial.delete(index);
}
