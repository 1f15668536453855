import type { DatelineEvent } from './event';

/** Lower case without accents, so "haftar" finds "Ḥaftar" and "Tripoli" finds "TRIPOLÍ". */
export function normalizeText(text: string): string {
  // ASCII has nothing to decompose and no marks to strip: lower-casing is all it needs, and it
  // is most of the text of a big dataset.
  if (!NON_ASCII.test(text)) return text.toLowerCase();
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

const NON_ASCII = /[\u0080-\uffff]/;

/** The text a search looks through: title, summary, place, actors, tags and source titles. */
export function eventSearchText(event: DatelineEvent): string {
  return normalizeText(rawSearchText(event));
}

/**
 * `eventSearchText` of each of `events[from…to)`. Lower-cased as one string and sliced: one
 * call instead of one per event, and each text a slice of it (a few bytes on the heap, not a
 * copy of a few hundred). A big load's page keeps one per event; copies, they were most of
 * what its garbage collector moved while the load went on.
 */
export function eventSearchTexts(
  events: readonly DatelineEvent[],
  from = 0,
  to = events.length,
): string[] {
  const texts = new Array<string>(to - from);
  const raw: string[] = [];
  const ascii: number[] = [];
  for (let i = from; i < to; i++) {
    const text = rawSearchText(events[i]!);
    // Lower-casing may change the length of other text: that is normalised on its own.
    if (NON_ASCII.test(text)) texts[i - from] = normalizeText(text);
    else {
      raw.push(text);
      ascii.push(i - from);
    }
  }
  const lower = raw.join('').toLowerCase();
  let at = 0;
  for (let k = 0; k < ascii.length; k++) texts[ascii[k]!] = lower.slice(at, (at += raw[k]!.length));
  return texts;
}

function rawSearchText(event: DatelineEvent): string {
  // Concatenated, not an array joined: this runs for every event of a load.
  let text = `${event.title}\n${event.summary}\n${event.place ?? ''}`;
  for (const actor of event.actors) text += `\n${actor}`;
  for (const tag of event.tags) text += `\n${tag}`;
  for (const source of event.sources) text += `\n${source.title}`;
  return text;
}

/** The words of a search query, normalised: an event matches when its text has every one. */
export function searchWords(query: string): string[] {
  return normalizeText(query).split(/\s+/).filter(Boolean);
}
