import { describe, expect, it } from 'vitest';
import seed from '../../../data/events.json';
import { facetChips, NO_FILTER } from './eventFilter';
import { indexedFacetChips } from './indexedFacetChips';
import { randomEvents, randomFilter } from './testing/randomEvents';
import { seededRandom } from './testing/seededRandom';
import { createTimeIndex } from './timeIndex';
import { validateDataset } from './validateDataset';

describe('indexedFacetChips', () => {
  it('gives what facetChips gives, values, order, counts and all', () => {
    const random = seededRandom(21);
    const events = randomEvents(random, 2000);
    // facetChips reads the dataset in its own (input) order; the index sorts it by time.
    const index = createTimeIndex(events);
    for (let q = 0; q < 100; q++) {
      const filter = randomFilter(random, events);
      for (const field of ['tags', 'actors'] as const)
        expect(indexedFacetChips(index, filter, field)).toEqual(facetChips(events, filter, field));
    }
  });

  it('agrees on the seed dataset and on no events', () => {
    const events = validateDataset(seed).dataset.events;
    const index = createTimeIndex(events);
    const filter = { ...NO_FILTER, tags: ['Diplomacy'], actors: ['Russia'] };
    for (const field of ['tags', 'actors'] as const) {
      expect(indexedFacetChips(index, filter, field)).toEqual(facetChips(events, filter, field));
      expect(indexedFacetChips(index, NO_FILTER, field)).toEqual(
        facetChips(events, NO_FILTER, field),
      );
    }
    expect(indexedFacetChips(createTimeIndex([]), filter, 'tags')).toEqual([]);
  });
});
