import { MARKER_HIDDEN, MARKER_SHOWN } from './markerStates';

/** Side of a grid cell in pixels: markers closer than this are drawn as one counted group. */
export const MARKER_CELL = 28;

/** Radius in pixels of a drawn item of `total` events: a single marker, or a group by its size. */
export function markerRadius(total: number): number {
  return total <= 1 ? 7 : Math.min(MARKER_CELL / 2, 8 + 2 * Math.log2(total));
}

export interface MarkerGridInput {
  /** Web Mercator unit coordinates (see `mercatorUnit`) per marker, in the markers' time order. */
  ux: Float64Array;
  uy: Float64Array;
  /** Per marker state at the cursor (`markerStates`); positions outside [from, to) are hidden. */
  states: Uint8Array;
  from: number;
  to: number;
  /** World size in pixels at the map's zoom (256 × 2^zoom). */
  scale: number;
  /** The viewport in world pixels: its top-left corner and its size. */
  left: number;
  top: number;
  width: number;
  height: number;
}

/**
 * What a frame draws: one item per non-empty grid cell, in viewport pixels. A cell's grid is
 * fixed to the world (not the viewport), so panning does not regroup markers. The grid is also
 * the spatial index for hit-testing: an item lies in its cell and is at most a cell wide.
 */
export interface MarkerGrid {
  cols: number;
  rows: number;
  /** Viewport position of the grid's top-left corner (at or left/above of the viewport's). */
  originX: number;
  originY: number;
  /** Number of items. */
  count: number;
  /**
   * An item's position: its single marker's, or its cell's centre for a group, so groups sit on
   * a lattice and never cover each other.
   */
  x: Float32Array;
  y: Float32Array;
  total: Uint32Array;
  /** How many of its events show at the cursor; the rest are faded (not yet happened). */
  shown: Uint32Array;
  /** Its latest event shown at the cursor (a position), or its latest faded one if none shows. */
  latest: Int32Array;
  /** The extent of its events, for zooming into a group. */
  minX: Float32Array;
  minY: Float32Array;
  maxX: Float32Array;
  maxY: Float32Array;
  /** Item in each cell (row-major), or −1. */
  cellItem: Int32Array;
}

/**
 * Groups the markers that are not hidden, in and just around the viewport, into grid cells.
 * `onPlaced`, when given, hears each marker (by position, ascending) and the item it joined,
 * once per world copy drawn.
 */
export function markerGrid(
  input: MarkerGridInput,
  onPlaced?: (position: number, item: number) => void,
): MarkerGrid {
  const { ux, uy, states, from, to, scale, left, top, width, height } = input;
  const cell = MARKER_CELL;
  // One cell of margin so markers just outside the edge still show their visible part.
  const gridLeft = Math.floor((left - cell) / cell) * cell;
  const gridTop = Math.floor((top - cell) / cell) * cell;
  const cols = Math.ceil((left + width + cell - gridLeft) / cell);
  const rows = Math.ceil((top + height + cell - gridTop) / cell);
  const right = gridLeft + cols * cell;
  const bottom = gridTop + rows * cell;
  const capacity = cols * rows;
  const cellItem = new Int32Array(capacity).fill(-1);
  const cellOf = new Int32Array(capacity);
  const grid: MarkerGrid = {
    cols,
    rows,
    originX: gridLeft - left,
    originY: gridTop - top,
    count: 0,
    x: new Float32Array(capacity),
    y: new Float32Array(capacity),
    total: new Uint32Array(capacity),
    shown: new Uint32Array(capacity),
    latest: new Int32Array(capacity),
    minX: new Float32Array(capacity),
    minY: new Float32Array(capacity),
    maxX: new Float32Array(capacity),
    maxY: new Float32Array(capacity),
    cellItem,
  };
  for (let i = from; i < to; i++) {
    const state = states[i]!;
    if (state === MARKER_HIDDEN) continue;
    const wy = uy[i]! * scale;
    if (wy < gridTop || wy >= bottom) continue;
    const row = Math.floor((wy - gridTop) / cell);
    // The world repeats east and west: a marker shows once per copy inside the grid.
    const wx0 = ux[i]! * scale;
    for (let wx = wx0 + Math.ceil((gridLeft - wx0) / scale) * scale; wx < right; wx += scale) {
      const key = row * cols + Math.floor((wx - gridLeft) / cell);
      let item = cellItem[key]!;
      const x = wx - left;
      const y = wy - top;
      if (item < 0) {
        item = cellItem[key] = grid.count++;
        cellOf[item] = key;
        grid.minX[item] = grid.maxX[item] = x;
        grid.minY[item] = grid.maxY[item] = y;
        grid.latest[item] = i;
      }
      onPlaced?.(i, item);
      grid.total[item]!++;
      grid.minX[item] = Math.min(grid.minX[item]!, x);
      grid.maxX[item] = Math.max(grid.maxX[item]!, x);
      grid.minY[item] = Math.min(grid.minY[item]!, y);
      grid.maxY[item] = Math.max(grid.maxY[item]!, y);
      // Positions are in time order, so a later position is a later event.
      if (state === MARKER_SHOWN) {
        if (grid.shown[item] === 0 || i > grid.latest[item]!) grid.latest[item] = i;
        grid.shown[item]!++;
      } else if (grid.shown[item] === 0 && i > grid.latest[item]!) grid.latest[item] = i;
    }
  }
  for (let item = 0; item < grid.count; item++) {
    if (grid.total[item] === 1) {
      grid.x[item] = grid.minX[item]!;
      grid.y[item] = grid.minY[item]!;
    } else {
      const key = cellOf[item]!;
      grid.x[item] = grid.originX + ((key % cols) + 0.5) * cell;
      grid.y[item] = grid.originY + (Math.floor(key / cols) + 0.5) * cell;
    }
  }
  return grid;
}

/**
 * The item drawn under viewport point (x, y), within `slop` extra pixels (for fingers), or −1.
 * The nearest wins. Only the point's cell and its neighbours are looked at: an item's centre is
 * in its cell and its radius is at most half a cell, so `slop` may be up to half a cell too.
 */
export function hitMarkerGrid(grid: MarkerGrid, x: number, y: number, slop = 0): number {
  const col = Math.floor((x - grid.originX) / MARKER_CELL);
  const row = Math.floor((y - grid.originY) / MARKER_CELL);
  let best = -1;
  let bestDistance = Infinity;
  for (let r = row - 1; r <= row + 1; r++) {
    if (r < 0 || r >= grid.rows) continue;
    for (let c = col - 1; c <= col + 1; c++) {
      if (c < 0 || c >= grid.cols) continue;
      const item = grid.cellItem[r * grid.cols + c]!;
      if (item < 0) continue;
      const distance = Math.hypot(grid.x[item]! - x, grid.y[item]! - y);
      const reach = markerRadius(grid.total[item]!) + slop;
      if (
        distance <= reach &&
        (distance < bestDistance || (distance === bestDistance && item < best))
      ) {
        best = item;
        bestDistance = distance;
      }
    }
  }
  return best;
}
