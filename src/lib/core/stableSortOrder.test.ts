import { describe, expect, it } from 'vitest';
import { stableSortOrder } from './stableSortOrder';
import { seededRandom } from './testing/seededRandom';

/** The reference: a comparison sort of the positions, NaN last, ties by position. */
function reference(keys: Float64Array): number[] {
  const rank = (x: number) => (Number.isNaN(x) ? Infinity : x);
  const nan = (x: number) => (Number.isNaN(x) ? 1 : 0);
  return Array.from(keys, (_, i) => i).sort(
    (a, b) => nan(keys[a]!) - nan(keys[b]!) || rank(keys[a]!) - rank(keys[b]!) || a - b,
  );
}

const SPECIAL = [0, -0, NaN, Infinity, -Infinity, 1e-300, -1e-300, Number.MAX_VALUE];

function randomKeys(random: () => number, n: number): Float64Array {
  const pool = Array.from({ length: 50 }, () => Math.floor(random() * 1e6) * 864e5);
  return Float64Array.from({ length: n }, () => {
    const r = random();
    if (r < 0.4) return pool[Math.floor(random() * pool.length)]!; // ties
    if (r < 0.5) return SPECIAL[Math.floor(random() * SPECIAL.length)]!;
    if (r < 0.8) return (random() - 0.5) * 1e14; // every bit differs: all four radix passes
    return -Math.floor(random() * 1e4);
  });
}

describe('stableSortOrder', () => {
  it.each([0, 1, 2, 100, 4095, 4096, 20_000])(
    'orders %i keys as a stable comparison sort does (NaN last, -0 = 0)',
    (n) => {
      const keys = randomKeys(seededRandom(n + 1), n);
      expect(Array.from(stableSortOrder(keys))).toEqual(reference(keys));
    },
  );

  it('keeps sorted keys as they are, ties in input order', () => {
    const keys = Float64Array.from([1, 1, 2, 3, 3, 3, 10]);
    expect(Array.from(stableSortOrder(keys))).toEqual([0, 1, 2, 3, 4, 5, 6]);
    const tied = new Float64Array(5000).fill(7);
    tied[4999] = -1;
    expect(Array.from(stableSortOrder(tied)).slice(0, 3)).toEqual([4999, 0, 1]);
  });

  it('treats -0 and 0 as equal, on either path', () => {
    for (const n of [10, 5000]) {
      const keys = Float64Array.from({ length: n }, (_, i) => (i % 2 ? 0 : -0));
      keys[n - 1] = -5; // not sorted: the sort runs
      expect(Array.from(stableSortOrder(keys)).slice(0, 4)).toEqual([n - 1, 0, 1, 2]);
    }
  });
});
