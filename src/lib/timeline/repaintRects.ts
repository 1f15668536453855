import type { PixelRect } from '../core/pixelRect';

const scratches = new WeakMap<HTMLCanvasElement, CanvasRenderingContext2D>();

/**
 * Repaints `rects` of `canvas` and leaves the rest as it is. `draw` paints, on a scratch canvas
 * of the same size, whatever reaches into the rects, each thing whole; the rects are then
 * copied across. Drawn straight onto the canvas clipped to a rect, a shape cut by the rect's
 * edge was smoothed a little differently from a whole repaint's; copied, the pixels are the same.
 */
export function repaintRects(
  canvas: HTMLCanvasElement,
  rects: readonly PixelRect[],
  draw: (scratch: CanvasRenderingContext2D) => void,
): void {
  if (rects.length === 0) return;
  let scratch = scratches.get(canvas);
  if (!scratch)
    scratches.set(canvas, (scratch = document.createElement('canvas').getContext('2d')!));
  const own = scratch.canvas;
  if (own.width !== canvas.width || own.height !== canvas.height) {
    [own.width, own.height] = [canvas.width, canvas.height];
  }
  scratch.setTransform(1, 0, 0, 1, 0, 0);
  for (const [x, y, width, height] of rects) scratch.clearRect(x, y, width, height);
  scratch.save();
  draw(scratch);
  scratch.restore();
  const context = canvas.getContext('2d')!;
  context.save();
  context.setTransform(1, 0, 0, 1, 0, 0);
  context.globalAlpha = 1;
  for (const [x, y, width, height] of rects) {
    context.clearRect(x, y, width, height);
    context.drawImage(own, x, y, width, height, x, y, width, height);
  }
  context.restore();
}
