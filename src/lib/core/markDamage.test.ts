import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { alignStrips, changedMarks, damagedStrips, markExtents, reachesStrips } from './markDamage';
import { BY_LEAD_IN, POINT_RADIUS } from './timelineLayout';

type Mark = Parameters<typeof markExtents>[0][number];
const point = (x: number, extra: Partial<Mark> = {}): Mark => ({
  x0: x,
  x1: x,
  by: false,
  label: null,
  ...extra,
});
/** Every character 7 px wide. */
const textWidth = (text: string) => 7 * text.length;

describe('markExtents', () => {
  it('reaches past a point by its radius and a ring, past a bar by as much', () => {
    const [left, right] = markExtents([point(100)], textWidth);
    expect(left).toBeLessThan(100 - POINT_RADIUS - 1.5);
    expect(right).toBeGreaterThan(100 + POINT_RADIUS + 1.5);
    const bar = markExtents([point(100, { x1: 300 })], textWidth);
    expect(bar[0]).toBe(left);
    expect(bar[1]).toBe(right! + 200);
  });

  it('takes in the lead-in of a "by" mark and the label, as measured', () => {
    const [plain, by, labelled] = [
      markExtents([point(100)], textWidth),
      markExtents([point(100, { by: true })], textWidth),
      markExtents(
        [point(100, { label: { x: 110, text: 'Tobruk', inside: false, end: false } })],
        textWidth,
      ),
    ];
    expect(by[0]).toBe(plain[0]! - BY_LEAD_IN);
    expect(by[1]).toBe(plain[1]);
    expect(labelled[0]).toBe(plain[0]);
    expect(labelled[1]! - (110 + 6 * 7)).toBe(plain[1]! - 100);
    // A label before its mark ends at x.
    const before = markExtents(
      [point(100, { label: { x: 90, text: 'Tobruk', inside: false, end: true } })],
      textWidth,
    );
    expect(plain[0]! - before[0]!).toBe(100 - (90 - 6 * 7));
    expect(before[1]).toBe(plain[1]);
  });
});

describe('damagedStrips', () => {
  const extents = Float64Array.from([0, 10, 5, 20, 30, 40, 40, 50, 60, 70]);

  it('merges the extents of the changed marks where they overlap, left to right', () => {
    expect(damagedStrips(extents, [4, 1, 0])).toEqual([
      [0, 20],
      [60, 70],
    ]);
    expect(damagedStrips(extents, [3, 2])).toEqual([[30, 50]]);
    expect(damagedStrips(extents, [])).toEqual([]);
  });
});

describe('reachesStrips', () => {
  it('is true exactly for the marks whose extent overlaps a strip', () => {
    const interval = fc
      .tuple(fc.integer({ min: -50, max: 1000 }), fc.integer({ min: 1, max: 80 }))
      .map(([left, width]) => [left, left + width] as const);
    fc.assert(
      fc.property(
        fc.array(interval, { minLength: 1, maxLength: 60 }),
        fc.array(fc.nat(), { maxLength: 8 }),
        (marks, picks) => {
          const extents = Float64Array.from(marks.flat());
          const changed = picks.map((p) => p % marks.length);
          const strips = damagedStrips(extents, changed);
          marks.forEach(([left, right], i) => {
            const overlaps = strips.some(([from, to]) => from < right && to > left);
            expect(reachesStrips(extents, i, strips)).toBe(overlaps);
          });
          // Every changed mark is redrawn, and so is every mark drawn where one was or is.
          for (const c of changed) {
            marks.forEach(([left, right], i) => {
              if (left < marks[c]![1] && right > marks[c]![0]) {
                expect(reachesStrips(extents, i, strips)).toBe(true);
              }
            });
          }
        },
      ),
    );
  });
});

describe('changedMarks', () => {
  const marks = ['a', 'b', 'c', 'a', 'd'].map((id) => ({ event: { id } }) as never);

  it('finds the marks whose cursor state changed', () => {
    expect(changedMarks(marks, 'ssfff', 'sffff', [null], [null])).toEqual([1]);
    expect(changedMarks(marks, 'sssss', 'sssss', ['a'], ['a'])).toEqual([]);
  });

  it('finds every mark of an id that was or is selected, hovered or at the cursor', () => {
    // The cursor's event went from c to a (drawn twice: once per track).
    expect(changedMarks(marks, 'sssss', 'sssss', [null, 'c'], [null, 'a'])).toEqual([0, 2, 3]);
    expect(changedMarks(marks, 'sssss', 'sssss', ['d', null], [null, null])).toEqual([4]);
  });
});

describe('alignStrips', () => {
  it('widens strips to whole device pixels, within the canvas', () => {
    // The plot starts 16 px in; at ratio 1.5, 10.2 to 20.1 plot px is 39.3 to 54.15 device px.
    const canvas = { width: 1000, height: 60 };
    const { pixels, plot } = alignStrips([[10.2, 20.1]], 16, 1.5, canvas);
    expect(pixels).toEqual([[39, 0, 16, 60]]);
    expect(plot[0]![0]).toBeCloseTo(10, 10);
    expect(plot[0]![1]).toBeCloseTo(20.6667, 4);
    expect(alignStrips([[-30, 2]], 16, 1, canvas).pixels).toEqual([[0, 0, 18, 60]]);
    expect(alignStrips([[990, 1100]], 0, 1, canvas).pixels).toEqual([[990, 0, 10, 60]]);
    expect(alignStrips([[1100, 1200]], 0, 1, canvas).pixels).toEqual([]);
  });
});
