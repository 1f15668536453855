import { searchOrder, searchTexts } from './searchTexts';
import type { TimeIndex } from './timeIndex';

interface Match {
  readonly words: readonly string[];
  readonly positions: Int32Array;
}

/** Per index, the last few queries answered, most recent first. */
const recent = new WeakMap<TimeIndex, Match[]>();
const KEEP = 8;

/**
 * Positions (ascending) of the events whose search text contains every one of `words` (as
 * `searchWords` gives them). Shared with later calls: do not modify.
 *
 * Typing a character asks this several times (the list, then each chip group's counts) and
 * each new query usually extends the last one. So the last few answers are kept per index: the
 * same words again cost nothing, and words that refine earlier ones ("nea" after "ne": every
 * earlier word is part of a new one) are looked for only among that earlier query's matches.
 */
export function queryMatches(index: TimeIndex, words: readonly string[]): Int32Array {
  let matches = recent.get(index);
  if (!matches) recent.set(index, (matches = []));
  const same = matches.findIndex((m) => sameWords(m.words, words));
  if (same >= 0) {
    const [match] = matches.splice(same, 1);
    matches.unshift(match!);
    return match!.positions;
  }
  let narrowest: Int32Array | null = null;
  for (const m of matches) {
    if (refines(words, m.words) && (!narrowest || m.positions.length < narrowest.length))
      narrowest = m.positions;
  }
  const texts = searchTexts(index);
  const found = new Int32Array(narrowest ? narrowest.length : texts.length);
  let count = 0;
  const order = searchOrder(index);
  if (order && (!narrowest || narrowest.length * 8 > texts.length)) {
    // Many to read, and an order the texts lie in memory: read in it, each match marked, then
    // collected in position order. (0: not a candidate, 1: a candidate, 2: a match.)
    const state = new Uint8Array(texts.length);
    if (narrowest) for (let k = 0; k < narrowest.length; k++) state[narrowest[k]!] = 1;
    else state.fill(1);
    for (let k = 0; k < order.length; k++) {
      const p = order[k]!;
      if (state[p] === 1 && hasEvery(texts[p]!, words)) state[p] = 2;
    }
    for (let p = 0; p < state.length; p++) if (state[p] === 2) found[count++] = p;
  } else if (narrowest) {
    for (let k = 0; k < narrowest.length; k++) {
      const p = narrowest[k]!;
      if (hasEvery(texts[p]!, words)) found[count++] = p;
    }
  } else {
    for (let p = 0; p < texts.length; p++) if (hasEvery(texts[p]!, words)) found[count++] = p;
  }
  const positions = found.slice(0, count);
  matches.unshift({ words: [...words], positions });
  if (matches.length > KEEP) matches.pop();
  return positions;
}

/** queryMatches' answer for `words` if it has one at hand, without searching. */
export function knownQueryMatches(
  index: TimeIndex,
  words: readonly string[],
): Int32Array | undefined {
  return recent.get(index)?.find((m) => sameWords(m.words, words))?.positions;
}

/** Whether `text` contains every one of `words`. */
export function hasEvery(text: string, words: readonly string[]): boolean {
  for (const word of words) if (!text.includes(word)) return false;
  return true;
}

function sameWords(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((word, i) => word === b[i]);
}

/** True when every text with all of `words` also has all of `earlier`: their matches narrow. */
function refines(words: readonly string[], earlier: readonly string[]): boolean {
  return earlier.every((old) => words.some((word) => word.includes(old)));
}
