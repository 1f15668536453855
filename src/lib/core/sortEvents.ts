import type { DatelineEvent } from './event';

export type SortKey = 'date' | 'title' | 'place' | 'actors' | 'tags' | 'distance';
export type SortDirection = 'ascending' | 'descending';

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

/**
 * The events ordered by `key`, stable (ties keep time order when the input is in time order).
 * Missing values (no place, no distance) go last in either direction, as people expect.
 */
export function sortEvents(
  events: readonly DatelineEvent[],
  key: SortKey,
  direction: SortDirection,
  distancesKm: ReadonlyMap<string, number> = new Map(),
): DatelineEvent[] {
  const sign = direction === 'ascending' ? 1 : -1;
  const value = (event: DatelineEvent): string | number | undefined => {
    switch (key) {
      case 'date':
        return event.time.start;
      case 'title':
        return event.title;
      case 'place':
        return event.place;
      case 'actors':
        return event.actors.join(', ') || undefined;
      case 'tags':
        return event.tags.join(', ') || undefined;
      case 'distance':
        return distancesKm.get(event.id);
    }
  };
  const keyed = events.map((event, order) => ({ event, order, value: value(event) }));
  keyed.sort((a, b) => {
    if (a.value === undefined || b.value === undefined) {
      return a.value === b.value ? a.order - b.order : a.value === undefined ? 1 : -1;
    }
    const compared =
      typeof a.value === 'number' && typeof b.value === 'number'
        ? a.value - b.value || (key === 'date' ? a.event.time.end - b.event.time.end : 0)
        : collator.compare(String(a.value), String(b.value));
    return sign * compared || a.order - b.order;
  });
  return keyed.map(({ event }) => event);
}
