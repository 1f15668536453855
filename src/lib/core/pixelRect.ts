/** A rectangle of a canvas in whole device pixels: x, y, width, height. */
export type PixelRect = readonly [x: number, y: number, width: number, height: number];

/**
 * The box `[left, top, right, bottom]` (CSS pixels) widened to whole device pixels at `ratio`,
 * and cut to a canvas `width` × `height` device pixels; null when nothing of it is on the canvas.
 */
export function pixelRect(
  [left, top, right, bottom]: readonly [number, number, number, number],
  ratio: number,
  { width, height }: { width: number; height: number },
): PixelRect | null {
  const x = Math.max(0, Math.floor(left * ratio));
  const y = Math.max(0, Math.floor(top * ratio));
  const w = Math.min(width, Math.ceil(right * ratio)) - x;
  const h = Math.min(height, Math.ceil(bottom * ratio)) - y;
  return w > 0 && h > 0 ? [x, y, w, h] : null;
}
