import type { DatelineEvent } from './event';
import { inTimeRange } from './inTimeRange';
import { eventSearchText, searchWords } from './searchText';

/** What the user has narrowed the view to. Empty lists and an empty query mean "no filter". */
export interface EventFilter {
  /** Keep events overlapping [from, to) in UTC ms; null for all time. */
  range: readonly [number, number] | null;
  /** Any of these tags (OR within the group). */
  tags: readonly string[];
  /** Any of these actors (OR within the group); groups combine with AND. */
  actors: readonly string[];
  /** Every word must appear, case- and accent-insensitively. */
  query: string;
  /** When set, only events whose id is in it (e.g. those inside the range band). */
  only: ReadonlySet<string> | null;
}

export const NO_FILTER: EventFilter = { range: null, tags: [], actors: [], query: '', only: null };

export function isFilterActive(filter: EventFilter): boolean {
  return (
    filter.range !== null ||
    filter.tags.length > 0 ||
    filter.actors.length > 0 ||
    filter.query.trim() !== '' ||
    filter.only !== null
  );
}

/** Which filter parts to ignore: faceted counts leave out their own group. */
export type FilterPart = 'range' | 'tags' | 'actors' | 'query' | 'only';

/**
 * A predicate for `filter`, with the search text of each event computed once per event and
 * cached, so typing a query does not rebuild it. It tests one event: to filter a whole index,
 * `filterEvents` (and `indexedFacetChips` for the chips) finds the same events without testing
 * every one.
 */
export function eventPredicate(
  filter: EventFilter,
  ignore: readonly FilterPart[] = [],
): (event: DatelineEvent) => boolean {
  const use = (part: FilterPart) => !ignore.includes(part);
  const range = use('range') ? filter.range : null;
  const tags = use('tags') && filter.tags.length ? new Set(filter.tags) : null;
  const actors = use('actors') && filter.actors.length ? new Set(filter.actors) : null;
  const words = use('query') ? searchWords(filter.query) : [];
  const only = use('only') ? filter.only : null;
  return (event) =>
    inTimeRange(event.time, range) &&
    (!tags || event.tags.some((t) => tags.has(t))) &&
    (!actors || event.actors.some((a) => actors.has(a))) &&
    (!only || only.has(event.id)) &&
    (words.length === 0 || words.every((w) => searchTextOf(event).includes(w)));
}

const searchTexts = new WeakMap<DatelineEvent, string>();

function searchTextOf(event: DatelineEvent): string {
  let text = searchTexts.get(event);
  if (text === undefined) searchTexts.set(event, (text = eventSearchText(event)));
  return text;
}

/** Counts per value of `field` among `events`, sorted by count then name. */
export function facetCounts(
  events: readonly DatelineEvent[],
  field: 'tags' | 'actors',
): { value: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const event of events)
    for (const value of event[field]) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts]
    .map(([value, count]) => ({ value, count }))
    .sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
}

/**
 * Every value of `field` in `events`, with how many events would show if it were toggled on
 * given the other filters (faceted counts: a group's own selection is left out of its counts).
 * Values keep a stable order: most frequent in the whole dataset first. Scans every event
 * twice per call: `indexedFacetChips` gives the same from a time index.
 */
export function facetChips(
  events: readonly DatelineEvent[],
  filter: EventFilter,
  field: 'tags' | 'actors',
): { value: string; count: number; active: boolean }[] {
  const passing = events.filter(eventPredicate(filter, [field]));
  const counts = new Map(facetCounts(passing, field).map(({ value, count }) => [value, count]));
  const active = new Set(filter[field]);
  return facetCounts(events, field).map(({ value }) => ({
    value,
    count: counts.get(value) ?? 0,
    active: active.has(value),
  }));
}
