import type { EventFilter } from './eventFilter';
import { facetIndex, type FacetField } from './facetIndex';
import { filterPositions } from './filterPositions';
import type { TimeIndex } from './timeIndex';

/**
 * What `facetChips(index.events, filter, field)` returns, from the index: every value of
 * `field`, most frequent in the dataset first, each with how many events would show if it were
 * toggled on given the other filters (its own group left out), and whether it is chosen. The
 * events passing the other groups come from filterPositions; with no other group active the
 * counts are the dataset's, kept with the index.
 */
export function indexedFacetChips(
  index: TimeIndex,
  filter: EventFilter,
  field: FacetField,
): { value: string; count: number; active: boolean }[] {
  const facet = facetIndex(index, field);
  const passing = filterPositions(index, filter, [field]);
  let counts = facet.totals;
  if (passing !== null && passing.length < index.events.length) {
    counts = new Int32Array(facet.values.length);
    const { offsets, ids } = facet;
    for (let i = 0; i < passing.length; i++) {
      const p = passing[i]!;
      for (let k = offsets[p]!; k < offsets[p + 1]!; k++) counts[ids[k]!]!++;
    }
  }
  const active = new Set(filter[field]);
  return Array.from(facet.order, (id) => ({
    value: facet.values[id]!,
    count: counts[id]!,
    active: active.has(facet.values[id]!),
  }));
}
