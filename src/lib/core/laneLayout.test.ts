import { describe, expect, it } from 'vitest';
import { laneLayout } from './laneLayout';

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
    const lanes = laneLayout(intervals, 2);
    intervals.forEach((a, i) =>
      intervals.slice(i + 1).forEach((b, k) => {
        if (lanes[i] === lanes[i + 1 + k]) expect(b.x0 >= a.x1 + 2 || a.x0 >= b.x1 + 2).toBe(true);
      }),
    );
  });
});
