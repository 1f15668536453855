import type { DatelineEvent } from './event';

/** Lower case without accents, so "haftar" finds "Ḥaftar" and "Tripoli" finds "TRIPOLÍ". */
export function normalizeText(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** The text a search looks through: title, summary, place, actors, tags and source titles. */
export function eventSearchText(event: DatelineEvent): string {
  return normalizeText(
    [
      event.title,
      event.summary,
      event.place ?? '',
      ...event.actors,
      ...event.tags,
      ...event.sources.map((s) => s.title),
    ].join('\n'),
  );
}
