import { describe, expect, it } from 'vitest';
import { durationClasses, overlappingPositions } from './durationClasses';
import { seededRandom } from './testing/seededRandom';

const DAY = 864e5;

/** Start-sorted starts and ends with ties, zero-length events, and spans up to ten years. */
function intervals(random: () => number, n: number): [Float64Array, Float64Array] {
  const starts = Float64Array.from({ length: n }, () => Math.floor(random() * 2000) * DAY).sort();
  const lengths = [0, 1, DAY, DAY, DAY, 31 * DAY, 365 * DAY, 3650 * DAY, -DAY];
  const ends = starts.map((s) => s + lengths[Math.floor(random() * lengths.length)]!);
  return [starts, ends];
}

describe('durationClasses', () => {
  const [starts, ends] = intervals(seededRandom(1), 3000);
  const classes = durationClasses(starts, ends);

  it('puts every event in one class, in start order, with no duration over the longest', () => {
    const seen = classes.flatMap((c) => [...c.positions]).sort((a, b) => a - b);
    expect(seen).toEqual(Array.from(starts, (_, i) => i));
    for (const { positions, longest } of classes) {
      const durations = [...positions].map((p) => ends[p]! - starts[p]!);
      expect([...positions]).toEqual([...positions].sort((a, b) => a - b));
      expect(Math.max(...durations)).toBe(longest);
      // A doubling scale: nobody in a class lasts more than twice as long as another.
      if (longest > 0) expect(Math.min(...durations) * 2).toBeGreaterThanOrEqual(longest);
    }
  });

  it('finds exactly the overlapping events, in order, for any range', () => {
    const random = seededRandom(2);
    for (let q = 0; q < 400; q++) {
      const from = Math.floor(random() * 2400 - 200) * DAY + (random() < 0.2 ? 1 : 0);
      const to = from + [0, 1, DAY, 30 * DAY, 900 * DAY, -5 * DAY][q % 6]!;
      const naive = Array.from(starts, (_, i) => i).filter(
        (i) => starts[i]! < to && ends[i]! > from,
      );
      expect([...overlappingPositions(classes, starts, ends, from, to)]).toEqual(naive);
    }
  });

  it('applies a test to the candidates, and handles no events', () => {
    const keep = (p: number) => p % 3 === 0;
    const got = overlappingPositions(classes, starts, ends, 100 * DAY, 200 * DAY, keep);
    const naive = Array.from(starts, (_, i) => i).filter(
      (i) => starts[i]! < 200 * DAY && ends[i]! > 100 * DAY && keep(i),
    );
    expect([...got]).toEqual(naive);
    const none = new Float64Array(0);
    expect(durationClasses(none, none)).toEqual([]);
    expect([...overlappingPositions([], none, none, 0, DAY)]).toEqual([]);
  });
});
