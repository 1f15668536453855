import { eventSearchText } from './searchText';
import type { TimeIndex } from './timeIndex';

const built = new WeakMap<TimeIndex, readonly string[]>();

/**
 * The normalised search text of each of an index's events, by position. Built on the first
 * search, not at load (most sessions never search), then kept as long as the index is: an
 * array read by position is cheaper per keystroke than a WeakMap lookup per event.
 */
export function searchTexts(index: TimeIndex): readonly string[] {
  let texts = built.get(index);
  if (!texts) built.set(index, (texts = buildSearchTexts(index)));
  return texts;
}

function buildSearchTexts({ events, positionOf }: TimeIndex): string[] {
  const texts: string[] = new Array<string>(events.length);
  // In input order, usually the events' order in memory (see TimeIndex.positionOf).
  for (let i = 0; i < positionOf.length; i++) {
    const p = positionOf[i]!;
    texts[p] = eventSearchText(events[p]!);
  }
  return texts;
}
