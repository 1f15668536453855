import { shortCount } from '../core/formatCount';
import { markerRadius, type MarkerGrid } from '../core/markerGrid';

export type MarkerLook = 'shown' | 'faded' | 'hovered' | 'at-cursor' | 'selected';
export type MarkerPainter = ReturnType<typeof markerPainter>;

const TAU = 2 * Math.PI;
/** Dots as ready-made images, by colours and size: a scrub frame only stamps them. */
const sprites = new Map<string, HTMLCanvasElement>();
/** The characters of group counts as images, with their advance width, by colour and font. */
const glyphs = new Map<string, { image: HTMLCanvasElement; advance: number }>();
const MAX_SPRITES = 4000;
/** A count's glyph images: room around each character, and the line's height, in CSS pixels. */
const GLYPH_PAD = 1;
const GLYPH_HEIGHT = 14;

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

  /** The image of a dot of radius `r` in `fill`, drawn once. */
  const sprite = (r: number, fill: string) => {
    const key = `${fill} ${surface} ${edge} ${r} ${ratio}`;
    let image = sprites.get(key);
    if (!image) {
      if (sprites.size >= MAX_SPRITES) sprites.clear();
      const half = Math.ceil(r + 2);
      image = document.createElement('canvas');
      image.width = image.height = 2 * half * ratio;
      const on = image.getContext('2d')!;
      on.scale(ratio, ratio);
      dot(on, half, half, r, fill);
      sprites.set(key, image);
    }
    return image;
  };

  /**
   * The image of one character of a group's count, drawn once. A count is stamped from these
   * rather than kept as one image per label: while scrubbing, counts change every frame, and
   * drawing a new label image per group per frame cost more than the frame had.
   */
  const glyph = (char: string) => {
    const key = `${char} ${surface} ${font} ${ratio}`;
    let made = glyphs.get(key);
    if (!made) {
      if (glyphs.size >= MAX_SPRITES) glyphs.clear();
      const measure = document.createElement('canvas').getContext('2d')!;
      measure.font = font;
      const advance = measure.measureText(char).width;
      const image = document.createElement('canvas');
      image.width = Math.ceil((advance + 2 * GLYPH_PAD) * ratio);
      image.height = Math.ceil(GLYPH_HEIGHT * ratio);
      const on = image.getContext('2d')!;
      on.scale(ratio, ratio);
      on.font = font;
      on.textAlign = 'left';
      on.textBaseline = 'middle';
      on.fillStyle = surface;
      on.fillText(char, GLYPH_PAD, GLYPH_HEIGHT / 2 + 0.5);
      made = { image, advance };
      glyphs.set(key, made);
    }
    return made;
  };

  /** `label` centred on (x, y), stamped glyph by glyph. */
  const stampLabel = (label: string, x: number, y: number) => {
    let width = 0;
    for (const char of label) width += glyph(char).advance;
    let left = x - width / 2;
    for (const char of label) {
      const { image, advance } = glyph(char);
      context.drawImage(
        image,
        snap(left - GLYPH_PAD),
        snap(y - GLYPH_HEIGHT / 2),
        image.width / ratio,
        image.height / ratio,
      );
      left += advance;
    }
  };
  // Stamped at whole device pixels, so the images stay sharp.
  const snap = (v: number) => Math.round(v * ratio) / ratio;

  return {
    item(grid: MarkerGrid, item: number, look: MarkerLook): void {
      const total = grid.total[item]!;
      const count = look === 'faded' ? total : grid.shown[item]!;
      const label = total > 1 ? shortCount(count) : '';
      const image = sprite(markerRadius(total), look === 'hovered' ? hover : mark);
      const size = image.width / ratio;
      const x = grid.x[item]!;
      const y = grid.y[item]!;
      context.globalAlpha = look === 'faded' ? 0.25 : 1;
      context.drawImage(image, snap(x - size / 2), snap(y - size / 2), size, size);
      if (label) stampLabel(label, x, y);
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
