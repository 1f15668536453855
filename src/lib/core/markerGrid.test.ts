import { describe, expect, it } from 'vitest';
import {
  MARKER_CELL,
  hitMarkerGrid,
  markerGrid,
  markerRadius,
  type MarkerGrid,
  type MarkerGridInput,
} from './markerGrid';
import { MARKER_FADED, MARKER_HIDDEN, MARKER_SHOWN } from './markerStates';
import { seededRandom } from './testing/seededRandom';

/** `n` markers clustered in a few spots of the unit square, with random states. */
function randomInput(random: () => number, n: number, zoom: number): MarkerGridInput {
  const spots = Array.from({ length: 5 }, () => [random(), 0.2 + random() * 0.6] as const);
  const ux = new Float64Array(n);
  const uy = new Float64Array(n);
  const states = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const [sx, sy] = spots[Math.floor(random() * spots.length)]!;
    ux[i] = (sx + (random() - 0.5) * 0.02 + 1) % 1;
    uy[i] = sy + (random() - 0.5) * 0.02;
    states[i] = [MARKER_SHOWN, MARKER_FADED, MARKER_HIDDEN][Math.floor(random() * 3)]!;
  }
  const scale = 256 * 2 ** zoom;
  return {
    ux,
    uy,
    states,
    from: 0,
    to: n,
    scale,
    left: (random() - 0.25) * scale,
    top: random() * scale * 0.5,
    width: 300 + random() * 1000,
    height: 200 + random() * 600,
  };
}

function bruteForceHit(grid: MarkerGrid, x: number, y: number, slop: number): number {
  let best = -1;
  let bestDistance = Infinity;
  for (let item = 0; item < grid.count; item++) {
    const distance = Math.hypot(grid.x[item]! - x, grid.y[item]! - y);
    if (distance <= markerRadius(grid.total[item]!) + slop && distance < bestDistance) {
      best = item;
      bestDistance = distance;
    }
  }
  return best;
}

describe('markerGrid', () => {
  it('counts every marker that is not hidden, once per world copy in the grid', () => {
    const random = seededRandom(11);
    for (let round = 0; round < 50; round++) {
      const input = randomInput(random, 400, 1 + Math.floor(random() * 6));
      const grid = markerGrid(input);
      const { cols, rows, originX, originY } = grid;
      let expected = 0;
      let expectedShown = 0;
      for (let i = 0; i < input.ux.length; i++) {
        if (input.states[i] === MARKER_HIDDEN) continue;
        const y = input.uy[i]! * input.scale - input.top;
        if (y < originY || y >= originY + rows * MARKER_CELL) continue;
        for (let k = -4; k <= 4; k++) {
          const x = (input.ux[i]! + k) * input.scale - input.left;
          if (x >= originX && x < originX + cols * MARKER_CELL) {
            expected++;
            if (input.states[i] === MARKER_SHOWN) expectedShown++;
          }
        }
      }
      const totals = grid.total.subarray(0, grid.count).reduce((a, b) => a + b, 0);
      const shown = grid.shown.subarray(0, grid.count).reduce((a, b) => a + b, 0);
      expect(totals).toBe(expected);
      expect(shown).toBe(expectedShown);
      // The grid covers the viewport with a cell of margin.
      expect(originX).toBeLessThanOrEqual(-MARKER_CELL + 1e-9);
      expect(originX + cols * MARKER_CELL).toBeGreaterThanOrEqual(input.width + MARKER_CELL);
    }
  });

  it('keeps each group inside its cell, and names its latest shown event', () => {
    const input: MarkerGridInput = {
      ux: Float64Array.from([0.5, 0.5, 0.5, 0.9]),
      uy: Float64Array.from([0.5, 0.5, 0.5, 0.5]),
      states: Uint8Array.from([MARKER_SHOWN, MARKER_SHOWN, MARKER_FADED, MARKER_FADED]),
      from: 0,
      to: 4,
      scale: 1024,
      left: 400,
      top: 400,
      width: 600,
      height: 300,
    };
    const grid = markerGrid(input);
    expect(grid.count).toBe(2);
    expect([grid.total[0], grid.shown[0], grid.latest[0]]).toEqual([3, 2, 1]);
    // The group sits at its cell's centre (the grid starts a cell before the viewport, on the world's lattice).
    expect([grid.x[0], grid.y[0]]).toEqual([118, 118]);
    expect(grid.x[1]).toBeCloseTo(0.9 * 1024 - 400, 4);
    expect(grid.y[1]).toBe(112);
    // A group of faded events only names its latest faded one.
    expect([grid.total[1], grid.shown[1], grid.latest[1]]).toEqual([1, 0, 3]);
  });

  it('draws a marker once per world copy when the viewport is wider than the world', () => {
    const grid = markerGrid({
      ux: Float64Array.from([0.25]),
      uy: Float64Array.from([0.5]),
      states: Uint8Array.from([MARKER_SHOWN]),
      from: 0,
      to: 1,
      scale: 512,
      left: -200,
      top: 0,
      width: 1200,
      height: 512,
    });
    expect(Array.from(grid.x.subarray(0, grid.count))).toEqual([328, 840]);
  });
});

describe('hitMarkerGrid', () => {
  it('finds the same item as a brute-force search over every item', () => {
    const random = seededRandom(12);
    let hits = 0;
    for (let round = 0; round < 40; round++) {
      const input = randomInput(random, 300, 2 + Math.floor(random() * 8));
      const grid = markerGrid(input);
      for (let probe = 0; probe < 200; probe++) {
        // Half the probes near an item, so hits are common.
        const near = grid.count > 0 && random() < 0.5;
        const item = Math.floor(random() * grid.count);
        const x = near ? grid.x[item]! + (random() - 0.5) * 30 : random() * input.width;
        const y = near ? grid.y[item]! + (random() - 0.5) * 30 : random() * input.height;
        const slop = random() < 0.5 ? 0 : MARKER_CELL / 2;
        const found = hitMarkerGrid(grid, x, y, slop);
        expect(found).toBe(bruteForceHit(grid, x, y, slop));
        if (found >= 0) hits++;
      }
    }
    expect(hits).toBeGreaterThan(500);
  });

  it('misses empty space', () => {
    const grid = markerGrid({
      ux: Float64Array.from([0.5]),
      uy: Float64Array.from([0.5]),
      states: Uint8Array.from([MARKER_SHOWN]),
      from: 0,
      to: 1,
      scale: 1024,
      left: 0,
      top: 0,
      width: 1024,
      height: 1024,
    });
    expect(hitMarkerGrid(grid, 512, 512)).toBe(0);
    expect(hitMarkerGrid(grid, 512 + markerRadius(1) + 1, 512)).toBe(-1);
    expect(hitMarkerGrid(grid, 512 + markerRadius(1) + 1, 512, 4)).toBe(0);
  });
});
