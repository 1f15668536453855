import { describe, expect, it } from 'vitest';
import seed from '../../../data/events.json';
import type { DatelineEvent } from './event';
import { MAX_GROUPS, timelineGroups } from './timelineGroups';
import { createTimeIndex } from './timeIndex';
import { validateDataset } from './validateDataset';

const events = createTimeIndex(validateDataset(seed).dataset.events).events;

describe('timelineGroups', () => {
  it('is one track of every event without grouping', () => {
    const [only, ...rest] = timelineGroups(events, 'none');
    expect(rest).toEqual([]);
    expect(only!.members).toEqual(events.map((_, i) => i));
  });

  it('gives each tag a track, busiest first, with each event on every track of its tags', () => {
    const groups = timelineGroups(events, 'tags');
    expect(groups[0]).toMatchObject({ value: 'Libya', label: 'Libya' });
    expect(groups[0]!.members).toHaveLength(5);
    for (const group of groups) {
      for (const i of group.members) expect(events[i]!.tags).toContain(group.value);
    }
    const placements = groups.reduce((n, g) => n + g.members.length, 0);
    expect(placements).toBe(events.reduce((n, e) => n + e.tags.length, 0));
  });

  it('puts the rest, and events with no value, on one "Other" track', () => {
    const many: DatelineEvent[] = Array.from({ length: 20 }, (_, i) => ({
      ...events[0]!,
      id: `e${i}`,
      actors: i < 18 ? [`actor ${i % 12}`, `actor ${(i + 1) % 12}`] : [],
    }));
    const groups = timelineGroups(many, 'actors');
    expect(groups).toHaveLength(MAX_GROUPS);
    const other = groups.at(-1)!;
    expect(other).toMatchObject({ value: null, label: 'Other actors' });
    expect(other.members).toContain(18);
    expect(other.members).toContain(19);
    expect(new Set(other.members).size).toBe(other.members.length);
    for (let i = 0; i < many.length; i++) {
      expect(
        groups.some((g) => g.members.includes(i)),
        `event ${i}`,
      ).toBe(true);
    }
  });
});
