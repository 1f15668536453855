import { doubled } from './doubled';
import type { DatelineEvent } from './event';
import { facetIndexOf, type FacetField, type FacetIndex } from './facetIndex';

/**
 * Builds a facet index (what `buildFacetIndex` builds over the events in time order) one event
 * at a time as they arrive, in any order: each value is looked up as its event comes, then
 * `inOrder` puts the lists in time order and numbers the values as that order meets them, with
 * typed arrays only. The page does it while the import worker is still checking the rest.
 */
export class FacetCollector {
  private readonly numberOf = new Map<string, number>();
  private readonly seen: string[] = [];
  /** Per event added, how many values it lists; all their numbers, end to end. */
  private counts: Int32Array = new Int32Array(1024);
  private numbers: Int32Array = new Int32Array(2048);
  private events = 0;
  private used = 0;

  constructor(private readonly field: FacetField) {}

  add(event: DatelineEvent): void {
    const list = this.field === 'tags' ? event.tags : event.actors;
    if (this.events === this.counts.length) this.counts = doubled(this.counts);
    this.counts[this.events++] = list.length;
    while (this.used + list.length > this.numbers.length) this.numbers = doubled(this.numbers);
    for (const value of list) {
      let number = this.numberOf.get(value);
      if (number === undefined) {
        number = this.seen.length;
        this.numberOf.set(value, number);
        this.seen.push(value);
      }
      this.numbers[this.used++] = number;
    }
  }

  /**
   * The facet index over the events added, in time order: `order[p]` is the number (from 0, in
   * the order added) of the p-th event in time. Null if `order` does not cover exactly them.
   */
  inOrder(order: Int32Array): FacetIndex | null {
    const n = this.events;
    if (order.length !== n) return null;
    // Locals, not fields, in the loops: this runs once per load, often before it is optimised.
    const { counts, numbers, seen } = this;
    const start = new Int32Array(n + 1);
    for (let i = 0; i < n; i++) start[i + 1] = start[i]! + counts[i]!;
    const offsets = new Int32Array(n + 1);
    for (let p = 0; p < n; p++) offsets[p + 1] = offsets[p]! + counts[order[p]!]!;
    // Renumbered as the time order meets them, as buildFacetIndex numbers them.
    const idOfNumber = new Int32Array(seen.length).fill(-1);
    const values: string[] = [];
    const idOf = new Map<string, number>();
    const ids = new Int32Array(offsets[n]!);
    let k = 0;
    for (let p = 0; p < n; p++) {
      const i = order[p]!;
      const end = start[i + 1]!;
      for (let j = start[i]!; j < end; j++) {
        const number = numbers[j]!;
        let id = idOfNumber[number]!;
        if (id < 0) {
          id = idOfNumber[number] = values.length;
          values.push(seen[number]!);
          idOf.set(seen[number]!, id);
        }
        ids[k++] = id;
      }
    }
    return facetIndexOf(values, idOf, offsets, ids);
  }
}
