import { stableSortOrder } from './stableSortOrder';

/** Events' times in time order, and where each came from. */
export interface TimeOrder {
  /** `order[p]` is the input position of the p-th event in time order. */
  order: Int32Array;
  /** The starts and ends in time order. */
  starts: Float64Array;
  ends: Float64Array;
}

/**
 * Events' time order from their starts and ends alone (in input order): by start, ties kept in
 * input order, as `createTimeIndex` orders them (its `inputIndex`, `starts` and `ends`). An
 * import worker sends this to the page instead of keeping the events to sort them.
 */
export function timeOrder(inputStarts: Float64Array, inputEnds: Float64Array): TimeOrder {
  const order = stableSortOrder(inputStarts);
  const n = order.length;
  const starts = new Float64Array(n);
  const ends = new Float64Array(n);
  for (let p = 0; p < n; p++) {
    const i = order[p]!;
    starts[p] = inputStarts[i]!;
    ends[p] = inputEnds[i]!;
  }
  return { order, starts, ends };
}
