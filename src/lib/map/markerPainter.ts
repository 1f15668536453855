import { markerRadius, type MarkerGrid } from '../core/markerGrid';

export type MarkerLook = 'shown' | 'faded' | 'hovered' | 'at-cursor' | 'selected';

const TAU = 2 * Math.PI;

/**
 * Draws the canvas layer's markers in the theme's colours (the CSS custom properties the DOM
 * markers use, read from `style`), so a big dataset looks like a small one: a single marker is
 * a dot with a light rim and a dark ring; a group is a larger dot with its count.
 */
export function markerPainter(context: CanvasRenderingContext2D, style: CSSStyleDeclaration) {
  const colour = (name: string) => style.getPropertyValue(name).trim();
  const mark = colour('--mark');
  const edge = colour('--mark-edge');
  const surface = colour('--surface');
  const hover = colour('--mark-hover');
  const accent = colour('--accent');
  context.textAlign = 'center';
  context.textBaseline = 'middle';
  context.font = `600 10px ${style.fontFamily || 'system-ui, sans-serif'}`;

  const disc = (x: number, y: number, r: number, fill: string) => {
    context.beginPath();
    context.arc(x, y, r, 0, TAU);
    context.fillStyle = fill;
    context.fill();
  };

  /** A dot of outer radius `r`: ring, rim, fill (as the DOM marker's shadow, border, background). */
  const dot = (x: number, y: number, r: number, fill: string, ring = edge) => {
    disc(x, y, r + 1, ring);
    disc(x, y, r, surface);
    disc(x, y, r - 2, fill);
  };

  return {
    item(grid: MarkerGrid, item: number, look: MarkerLook): void {
      const total = grid.total[item]!;
      const x = grid.x[item]!;
      const y = grid.y[item]!;
      context.globalAlpha = look === 'faded' ? 0.25 : 1;
      dot(x, y, markerRadius(total), look === 'hovered' ? hover : mark);
      if (total > 1) {
        const count = look === 'faded' ? total : grid.shown[item]!;
        context.fillStyle = surface;
        context.fillText(count < 1000 ? String(count) : `${Math.floor(count / 1000)}k`, x, y + 0.5);
      }
      context.globalAlpha = 1;
    },

    /** One event's marker drawn over everything: the cursor's, the hovered or the selected one. */
    single(at: { x: number; y: number }, look: MarkerLook): void {
      const r = markerRadius(1);
      if (look === 'selected') {
        context.globalAlpha = 0.3;
        disc(at.x, at.y, r + 5, accent);
        context.globalAlpha = 1;
        dot(at.x, at.y, r + 1, accent, accent);
      } else if (look === 'at-cursor') {
        disc(at.x, at.y, r + 3, edge);
        dot(at.x, at.y, r + 1, edge, surface);
      } else dot(at.x, at.y, r, look === 'hovered' ? hover : mark);
    },
  };
}
