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
  // Concatenated, not an array joined: this runs for every event on the first search.
  let text = `${event.title}\n${event.summary}\n${event.place ?? ''}`;
  for (const actor of event.actors) text += `\n${actor}`;
  for (const tag of event.tags) text += `\n${tag}`;
  for (const source of event.sources) text += `\n${source.title}`;
  return normalizeText(text);
}

/** The words of a search query, normalised: an event matches when its text has every one. */
export function searchWords(query: string): string[] {
  return normalizeText(query).split(/\s+/).filter(Boolean);
}
