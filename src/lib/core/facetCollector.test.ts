import { describe, expect, it } from 'vitest';
import { FacetCollector } from './facetCollector';
import { buildFacetIndex } from './facetIndex';
import { randomEvents } from './testing/randomEvents';
import { seededRandom } from './testing/seededRandom';
import { createTimeIndex } from './timeIndex';

describe('FacetCollector', () => {
  // Values listed twice by one event, values localeCompare calls equal, rare values: see randomEvents.
  const arrived = randomEvents(seededRandom(41), 3000);
  const index = createTimeIndex(arrived);

  it.each(['tags', 'actors'] as const)(
    'builds, from events in any order, the index buildFacetIndex builds in time order (%s)',
    (field) => {
      const collector = new FacetCollector(field);
      for (const event of arrived) collector.add(event);
      const got = collector.inOrder(index.inputIndex)!;
      const expected = buildFacetIndex([...index.events], null, field);
      expect(got.values).toEqual(expected.values);
      expect([...got.idOf]).toEqual([...expected.idOf]);
      expect(got.offsets).toEqual(expected.offsets);
      expect(got.ids).toEqual(expected.ids);
      expect(got.totals).toEqual(expected.totals);
      expect(got.order).toEqual(expected.order);
      expect(got.postings.map((p) => [...p])).toEqual(expected.postings.map((p) => [...p]));
    },
  );

  it('refuses an order of another length, and is empty with no events', () => {
    const collector = new FacetCollector('tags');
    collector.add(arrived[0]!);
    expect(collector.inOrder(new Int32Array(2))).toBeNull();
    const empty = new FacetCollector('tags').inOrder(new Int32Array(0))!;
    expect(empty.values).toEqual([]);
    expect(empty.offsets).toEqual(new Int32Array(1));
  });
});
