import { BY_LEAD_IN, POINT_RADIUS } from './timelineLayout';
import type { TimelineMark } from './timelineLayout';
import { pixelRect, type PixelRect } from './pixelRect';

/** What a canvas draws for a mark beyond x0..x1: a point's radius, a ring, a stroke's width. */
const BLEED = POINT_RADIUS + 3;

/**
 * The horizontal extent, in plot pixels, of all a canvas draws for each mark: its lead-in, its
 * point or bar with a ring, and its label (`textWidth` measures one). As [left, right] pairs.
 */
export function markExtents(
  marks: readonly Pick<TimelineMark, 'x0' | 'x1' | 'by' | 'label'>[],
  textWidth: (text: string) => number,
): Float64Array {
  const extents = new Float64Array(2 * marks.length);
  marks.forEach((mark, i) => {
    let left = mark.x0 - (mark.by ? BY_LEAD_IN : 0);
    let right = mark.x1;
    if (mark.label) {
      const { x, text, end } = mark.label;
      const width = textWidth(text);
      left = Math.min(left, end ? x - width : x);
      right = Math.max(right, end ? x : x + width);
    }
    extents[2 * i] = left - BLEED;
    extents[2 * i + 1] = right + BLEED;
  });
  return extents;
}

/**
 * The strips of the plot to draw again when the marks at `changed` (indices) change look, from
 * their `extents` (see markExtents): merged where they overlap, left to right. Redrawing a strip
 * means clearing it and drawing, in order, every mark whose extent reaches into it (see
 * reachesStrips): the strip then holds what a whole redraw would put there.
 */
export function damagedStrips(
  extents: Float64Array,
  changed: Iterable<number>,
): [left: number, right: number][] {
  const spans: [number, number][] = [];
  for (const i of changed) {
    spans.push([extents[2 * i]!, extents[2 * i + 1]!]);
  }
  spans.sort((a, b) => a[0] - b[0]);
  const strips: [number, number][] = [];
  for (const span of spans) {
    const last = strips[strips.length - 1];
    if (last && span[0] <= last[1]) last[1] = Math.max(last[1], span[1]);
    else strips.push([span[0], span[1]]);
  }
  return strips;
}

/** Whether the extent of mark `i` reaches into any of `strips` (sorted, apart). */
export function reachesStrips(
  extents: Float64Array,
  i: number,
  strips: readonly (readonly [number, number])[],
): boolean {
  const left = extents[2 * i]!;
  const right = extents[2 * i + 1]!;
  for (const [from, to] of strips) {
    if (from >= right) return false;
    if (to > left) return true;
  }
  return false;
}

/**
 * The marks whose look differs between two paints of the same marks: those whose cursor state
 * (`states`, a code per mark) changed, and those of any id in `ids` (the selection, the hover,
 * the cursor's event) that changed, before and after.
 */
export function changedMarks(
  marks: readonly Pick<TimelineMark, 'event'>[],
  states: string,
  statesBefore: string,
  ids: readonly (string | null)[],
  idsBefore: readonly (string | null)[],
): number[] {
  const touched: (string | null)[] = [];
  ids.forEach((id, k) => id !== idsBefore[k] && touched.push(id, idsBefore[k] ?? null));
  const changed: number[] = [];
  marks.forEach((mark, i) => {
    if (states[i] !== statesBefore[i] || touched.includes(mark.event.id)) changed.push(i);
  });
  return changed;
}

/**
 * `strips` (plot pixels, the plot `offset` pixels into the canvas) widened to whole device
 * pixels at `ratio`, on a `canvas` (device pixels): as rectangles of the canvas's full height,
 * and as [left, right] in plot pixels again (what `reachesStrips` takes).
 */
export function alignStrips(
  strips: readonly (readonly [number, number])[],
  offset: number,
  ratio: number,
  canvas: { width: number; height: number },
): { pixels: PixelRect[]; plot: [left: number, right: number][] } {
  const pixels = strips.flatMap(([from, to]) => {
    const rect = pixelRect([offset + from, 0, offset + to, canvas.height / ratio], ratio, canvas);
    return rect ? [rect] : [];
  });
  const plot = pixels.map(([x, , width]): [number, number] => [
    x / ratio - offset,
    (x + width) / ratio - offset,
  ]);
  return { pixels, plot };
}
