import { describe, expect, it } from 'vitest';
import { facetCounts } from './eventFilter';
import { adoptFacetIndex, buildFacetIndex, facetIndex } from './facetIndex';
import { randomEvents } from './testing/randomEvents';
import { seededRandom } from './testing/seededRandom';
import { createTimeIndex } from './timeIndex';

describe('facetIndex', () => {
  const events = randomEvents(seededRandom(4), 3000);
  const index = createTimeIndex(events);

  it.each(['tags', 'actors'] as const)('counts and orders %s as facetCounts does', (field) => {
    const facet = facetIndex(index, field);
    // facetCounts over the input order: its tie order between values localeCompare calls equal.
    expect(
      Array.from(facet.order, (id) => ({ value: facet.values[id], count: facet.totals[id] })),
    ).toEqual(facetCounts(events, field));
  });

  it.each(['tags', 'actors'] as const)(
    'lists each event’s values and each value’s events',
    (field) => {
      const facet = facetIndex(index, field);
      index.events.forEach((event, p) => {
        const ids = facet.ids.subarray(facet.offsets[p], facet.offsets[p + 1]);
        expect(Array.from(ids, (id) => facet.values[id])).toEqual(event[field]);
      });
      facet.values.forEach((value, id) => {
        const naive = index.events.flatMap((e, p) => (e[field].includes(value) ? [p] : []));
        expect([...facet.postings[id]!]).toEqual(naive);
        expect(facet.idOf.get(value)).toBe(id);
      });
    },
  );

  it('breaks ties between values localeCompare calls equal by input order, as facetCounts does', () => {
    const [later, earlier] = randomEvents(seededRandom(5), 2);
    // Input order and time order disagree; the two spellings of Café tie on count and name.
    const input = [
      { ...later!, tags: ['Cafe\u0301'], time: { ...later!.time, start: 2, end: 3 } },
      { ...earlier!, tags: ['Café'], time: { ...earlier!.time, start: 1, end: 2 } },
    ];
    const facet = facetIndex(createTimeIndex(input), 'tags');
    expect(Array.from(facet.order, (id) => facet.values[id])).toEqual(
      facetCounts(input, 'tags').map((c) => c.value),
    );
    expect(facetCounts(input, 'tags')[0]!.value).toBe('Cafe\u0301');
  });

  it('is built once per index and field', () => {
    expect(facetIndex(index, 'tags')).toBe(facetIndex(index, 'tags'));
    expect(facetIndex(createTimeIndex([]), 'tags').values).toEqual([]);
  });

  it('keeps a facet index built elsewhere for the index that adopts it', () => {
    const sorted = [...createTimeIndex(events).events];
    const page = createTimeIndex(sorted);
    const facet = buildFacetIndex(sorted, null, 'actors');
    adoptFacetIndex(page, 'actors', facet);
    expect(facetIndex(page, 'actors')).toBe(facet);
  });
});
