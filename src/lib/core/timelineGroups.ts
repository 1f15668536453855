import type { DatelineEvent } from './event';

/** How the timeline splits its lanes: one track, or a track per tag or per actor. */
export type TimelineGrouping = 'none' | 'tags' | 'actors';

export interface TimelineGroup {
  /** The tag or actor, or null for the single track and for the rest ("Other"). */
  value: string | null;
  label: string;
  /** Positions (into the input) of the group's events, in input order. */
  members: number[];
}

/** More tracks than this do not fit a timeline; the rest share an "Other" track. */
export const MAX_GROUPS = 8;

/**
 * The tracks of the timeline. By tag or actor, an event sits on the track of each of its tags
 * (or actors), so a track reads as that tag's story; the busiest MAX_GROUPS − 1 values get their
 * own tracks (ties by name) and the rest, with events that have none, share "Other".
 */
export function timelineGroups(
  events: readonly DatelineEvent[],
  grouping: TimelineGrouping,
): TimelineGroup[] {
  if (grouping === 'none') {
    return [{ value: null, label: '', members: events.map((_, i) => i) }];
  }
  const counts = new Map<string, number>();
  for (const event of events) {
    for (const value of new Set(event[grouping])) counts.set(value, (counts.get(value) ?? 0) + 1);
  }
  const ranked = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  const own = ranked.length <= MAX_GROUPS ? ranked : ranked.slice(0, MAX_GROUPS - 1);
  const slot = new Map(own.map(([value], i) => [value, i]));
  const groups: TimelineGroup[] = own.map(([value]) => ({ value, label: value, members: [] }));
  const other: TimelineGroup = {
    value: null,
    label: grouping === 'tags' ? 'Other tags' : 'Other actors',
    members: [],
  };
  events.forEach((event, i) => {
    // A set: an event with two unranked values is on "Other" once.
    const slots = new Set(event[grouping].map((v) => slot.get(v)));
    if (slots.size === 0) slots.add(undefined);
    for (const s of slots) (s === undefined ? other : groups[s]!).members.push(i);
  });
  return other.members.length ? [...groups, other] : groups;
}
