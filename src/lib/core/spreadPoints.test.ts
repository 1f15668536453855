import { describe, expect, it } from 'vitest';
import { spreadPoints } from './spreadPoints';

const distance = (a: { x: number; y: number }, b: { x: number; y: number }) =>
  Math.hypot(a.x - b.x, a.y - b.y);

describe('spreadPoints', () => {
  it('leaves lone points where they are', () => {
    expect(
      spreadPoints(
        [
          { x: 0, y: 0 },
          { x: 100, y: 0 },
        ],
        20,
      ),
    ).toEqual([
      { x: 0, y: 0 },
      { x: 0, y: 0 },
    ]);
  });

  it('fans out points at one place so each is at least minDistance from the others', () => {
    const points = [
      { x: 50, y: 50 },
      { x: 50, y: 50 },
      { x: 50, y: 50 },
      { x: 300, y: 10 },
    ];
    const offsets = spreadPoints(points, 20);
    const placed = points.map((p, i) => ({ x: p.x + offsets[i]!.x, y: p.y + offsets[i]!.y }));
    for (let i = 0; i < 3; i++) {
      for (let j = i + 1; j < 3; j++)
        expect(distance(placed[i]!, placed[j]!)).toBeGreaterThanOrEqual(19.999);
      expect(distance(placed[i]!, { x: 50, y: 50 })).toBeLessThan(20);
    }
    expect(offsets[3]).toEqual({ x: 0, y: 0 });
  });

  it('links near neighbours into one group (single linkage)', () => {
    const offsets = spreadPoints(
      [
        { x: 0, y: 0 },
        { x: 8, y: 0 },
        { x: 16, y: 0 },
      ],
      10,
    );
    expect(offsets.every((o) => o.x !== 0 || o.y !== 0)).toBe(true);
  });
});
