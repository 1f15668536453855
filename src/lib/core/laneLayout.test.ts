import { describe, expect, it } from 'vitest';
import { seededRandom as seeded } from './testing/seededRandom';
import { laneLayout, OVERFLOW } from './laneLayout';

function expectApart(intervals: { x0: number; x1: number }[], lanes: number[], gap: number) {
  intervals.forEach((a, i) =>
    intervals.slice(i + 1).forEach((b, k) => {
      const [la, lb] = [lanes[i]!, lanes[i + 1 + k]!];
      if (la === lb && la !== OVERFLOW) expect(b.x0 >= a.x1 + gap || a.x0 >= b.x1 + gap).toBe(true);
    }),
  );
}

describe('laneLayout', () => {
  it('stacks overlapping marks and reuses freed lanes', () => {
    const lanes = laneLayout(
      [
        { x0: 0, x1: 10 },
        { x0: 5, x1: 15 },
        { x0: 12, x1: 20 },
        { x0: 30, x1: 40 },
      ],
      1,
    );
    expect(lanes).toEqual([0, 1, 0, 0]);
  });

  it('never puts two touching marks in one lane', () => {
    const intervals = Array.from({ length: 50 }, (_, i) => ({ x0: i * 3, x1: i * 3 + 10 }));
    expectApart(intervals, laneLayout(intervals, 2), 2);
  });

  it('with a lane limit, overflows instead of overlapping, for any input', () => {
    const random = seeded(3);
    for (let run = 0; run < 20; run++) {
      const intervals = Array.from({ length: 300 }, () => {
        const x0 = random() * 1000;
        return { x0, x1: x0 + (random() < 0.8 ? 12 : random() * 200) };
      }).sort((a, b) => a.x0 - b.x0);
      const lanes = laneLayout(intervals, 3, 4);
      expect(Math.max(...lanes)).toBeLessThan(4);
      expect(lanes.filter((l) => l === OVERFLOW).length).toBeGreaterThan(0);
      expectApart(intervals, lanes, 3);
    }
  });

  it('overflows only when every lane is taken at that point', () => {
    const intervals = [
      { x0: 0, x1: 10 },
      { x0: 1, x1: 11 },
      { x0: 2, x1: 12 },
      { x0: 20, x1: 30 },
    ];
    expect(laneLayout(intervals, 1, 2)).toEqual([0, 1, OVERFLOW, 0]);
  });
});
