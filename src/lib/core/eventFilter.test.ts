import { describe, expect, it } from 'vitest';
import seed from '../../../data/events.json';
import {
  eventPredicate,
  facetChips,
  facetCounts,
  NO_FILTER,
  type EventFilter,
} from './eventFilter';
import { normalizeText } from './searchText';
import { validateDataset } from './validateDataset';

const events = validateDataset(seed).dataset.events;
const ids = (filter: Partial<EventFilter>) =>
  events.filter(eventPredicate({ ...NO_FILTER, ...filter })).map((e) => e.id);

describe('eventPredicate', () => {
  it('keeps everything without a filter', () => {
    expect(ids({})).toHaveLength(events.length);
  });

  it('keeps events overlapping the range, spans and months included, end exclusive', () => {
    const jan10 = Date.UTC(2017, 0, 10);
    expect(ids({ range: [jan10, jan10 + 864e5] }).sort()).toEqual(
      [
        'haftar-backs-tobruk-parliament',
        'haftar-kuznetsov-tobruk',
        'haftar-moscow-lavrov',
        'italy-embassy-tripoli',
        'tripoli-gna-struggle',
      ].sort(),
    );
    // The week 9-15 January ends at the start of the 16th: a range from then on misses it.
    expect(ids({ range: [Date.UTC(2017, 0, 16), Date.UTC(2017, 0, 20)] })).not.toContain(
      'haftar-kuznetsov-tobruk',
    );
    expect(ids({ range: [Date.UTC(2019, 7, 18), Date.UTC(2019, 7, 19)] }).sort()).toEqual(
      ['inf-russia-exit', 'inf-us-withdrawal', 'shoigu-rossiya24-statement'].sort(),
    );
  });

  it('ORs within a group and ANDs across groups', () => {
    expect(ids({ tags: ['INF treaty', 'Diplomacy'] })).toHaveLength(4);
    expect(ids({ tags: ['INF treaty'], actors: ['Sergei Shoigu'] })).toEqual([
      'shoigu-rossiya24-statement',
    ]);
  });

  it('searches every word, ignoring case and accents', () => {
    expect(ids({ query: 'ḥaftar DEFENCE kuznetsov' })).toEqual(['haftar-kuznetsov-tobruk']);
    expect(ids({ query: 'rossiya' })).toEqual(['shoigu-rossiya24-statement']);
    expect(ids({ query: 'tag archives' })).toHaveLength(events.length);
    expect(ids({ query: 'nowhere' })).toEqual([]);
    expect(normalizeText('Ḥaftar Tripolí')).toBe('haftar tripoli');
  });

  it('ignores the parts it is told to, for faceted counts', () => {
    const filter = { ...NO_FILTER, tags: ['Diplomacy'] };
    expect(events.filter(eventPredicate(filter, ['tags']))).toHaveLength(events.length);
  });

  it('keeps only the given ids', () => {
    expect(ids({ only: new Set(['inf-russia-exit']) })).toEqual(['inf-russia-exit']);
  });
});

describe('facetCounts', () => {
  it('counts each value, most frequent first', () => {
    const tags = facetCounts(events, 'tags');
    expect(tags[0]).toEqual({ value: 'Libya', count: 5 });
    expect(tags.reduce((n, t) => n + t.count, 0)).toBe(
      events.reduce((n, e) => n + e.tags.length, 0),
    );
  });
});

describe('facetChips', () => {
  it('counts each chip under the other groups, not its own', () => {
    const filter = { ...NO_FILTER, tags: ['Diplomacy'], actors: ['Russia'] };
    const tags = facetChips(events, filter, 'tags');
    // With actor Russia: 5 events, 3 of them INF treaty; Diplomacy has none with Russia.
    expect(tags.find((c) => c.value === 'INF treaty')).toEqual({
      value: 'INF treaty',
      count: 3,
      active: false,
    });
    expect(tags.find((c) => c.value === 'Diplomacy')).toEqual({
      value: 'Diplomacy',
      count: 0,
      active: true,
    });
    expect(tags).toHaveLength(facetCounts(events, 'tags').length);
    const actors = facetChips(events, filter, 'actors');
    expect(actors.find((c) => c.value === 'Italy')?.count).toBe(1);
  });
});
