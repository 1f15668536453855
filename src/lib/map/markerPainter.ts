import { markerRadius, type MarkerGrid } from '../core/markerGrid';

export type MarkerLook = 'shown' | 'faded' | 'hovered' | 'at-cursor' | 'selected';

const TAU = 2 * Math.PI;
/** Drawn items as ready-made images, by colours, size and label: a scrub frame only stamps them. */
const sprites = new Map<string, HTMLCanvasElement>();
const MAX_SPRITES = 4000;

/**
 * Draws the canvas layer's markers in the theme's colours (the CSS custom properties the DOM
 * markers use, read from `style`), so a big dataset looks like a small one: a single marker is
 * a dot with a light rim and a dark ring; a group is a larger dot with its count.
 */
export function markerPainter(
  context: CanvasRenderingContext2D,
  style: CSSStyleDeclaration,
  ratio: number,
) {
  const colour = (name: string) => style.getPropertyValue(name).trim();
  const mark = colour('--mark');
  const edge = colour('--mark-edge');
  const surface = colour('--surface');
  const hover = colour('--mark-hover');
  const accent = colour('--accent');
  const font = `600 10px ${style.fontFamily || 'system-ui, sans-serif'}`;

  const disc = (on: CanvasRenderingContext2D, x: number, y: number, r: number, fill: string) => {
    on.beginPath();
    on.arc(x, y, r, 0, TAU);
    on.fillStyle = fill;
    on.fill();
  };

  /** A dot of outer radius `r`: ring, rim, fill (as the DOM marker's shadow, border, background). */
  const dot = (
    on: CanvasRenderingContext2D,
    x: number,
    y: number,
    r: number,
    fill: string,
    ring = edge,
  ) => {
    disc(on, x, y, r + 1, ring);
    disc(on, x, y, r, surface);
    disc(on, x, y, r - 2, fill);
  };

  /** The image of a dot of radius `r` in `fill`, with `label` on it, drawn once. */
  const sprite = (r: number, fill: string, label: string) => {
    const key = `${fill} ${surface} ${edge} ${r} ${ratio} ${font} ${label}`;
    let image = sprites.get(key);
    if (!image) {
      if (sprites.size >= MAX_SPRITES) sprites.clear();
      const half = Math.ceil(r + 2);
      image = document.createElement('canvas');
      image.width = image.height = 2 * half * ratio;
      const on = image.getContext('2d')!;
      on.scale(ratio, ratio);
      dot(on, half, half, r, fill);
      if (label) {
        on.font = font;
        on.textAlign = 'center';
        on.textBaseline = 'middle';
        on.fillStyle = surface;
        on.fillText(label, half, half + 0.5);
      }
      sprites.set(key, image);
    }
    return image;
  };
  // Stamped at whole device pixels, so the images stay sharp.
  const snap = (v: number) => Math.round(v * ratio) / ratio;

  return {
    item(grid: MarkerGrid, item: number, look: MarkerLook): void {
      const total = grid.total[item]!;
      const count = look === 'faded' ? total : grid.shown[item]!;
      const label =
        total > 1 ? (count < 1000 ? String(count) : `${Math.floor(count / 1000)}k`) : '';
      const image = sprite(markerRadius(total), look === 'hovered' ? hover : mark, label);
      const size = image.width / ratio;
      context.globalAlpha = look === 'faded' ? 0.25 : 1;
      context.drawImage(
        image,
        snap(grid.x[item]! - size / 2),
        snap(grid.y[item]! - size / 2),
        size,
        size,
      );
      context.globalAlpha = 1;
    },

    /** One event's marker drawn over everything: the cursor's, the hovered or the selected one. */
    single(at: { x: number; y: number }, look: MarkerLook): void {
      const r = markerRadius(1);
      if (look === 'selected') {
        context.globalAlpha = 0.3;
        disc(context, at.x, at.y, r + 5, accent);
        context.globalAlpha = 1;
        dot(context, at.x, at.y, r + 1, accent, accent);
      } else if (look === 'at-cursor') {
        disc(context, at.x, at.y, r + 3, edge);
        dot(context, at.x, at.y, r + 1, edge, surface);
      } else dot(context, at.x, at.y, r, look === 'hovered' ? hover : mark);
    },
  };
}
