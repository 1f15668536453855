/**
 * A mark's title drawn on the timeline: inside its bar, or beside it where the lane is free
 * (after it, or before it when only there the whole title fits, as at the plot's right edge).
 */
export interface MarkLabel {
  /** Where the text is anchored, in plot pixels: its left edge, or its right edge when `end`. */
  x: number;
  /** The title, cut with an ellipsis to fit. */
  text: string;
  /** Inside the bar (drawn in the bar's contrast colour) or beside the mark. */
  inside: boolean;
  /** Before the mark: the text ends at `x` (drawn right-aligned). */
  end: boolean;
}

/** What markLabels needs of a mark: where it is drawn, in which lane, and its title. */
export interface LabelledMark {
  x0: number;
  x1: number;
  /** Drawn extent, decorations included (what the next mark in the lane keeps clear of). */
  f0: number;
  f1: number;
  group: number;
  lane: number;
  title: string;
}

/** Width of one character of an 11px label: a little generous, so text never overruns. */
export const LABEL_CHAR = 6.4;
const PAD = 4;
/** Less room than this and a label would be a stub: none is drawn. */
const MIN_LABEL = 5 * LABEL_CHAR;
/** A bar this wide carries its label inside. */
const MIN_INSIDE = 64;

function fit(title: string, room: number): string | null {
  if (room < MIN_LABEL) return null;
  const chars = Math.floor(room / LABEL_CHAR);
  if (title.length <= chars) return title;
  return chars >= 5 ? `${title.slice(0, chars - 1).trimEnd()}…` : null;
}

/** The right edge of a label, as `fit` counts its characters. */
function labelRight(label: MarkLabel): number {
  return label.end ? label.x : label.x + label.text.length * LABEL_CHAR;
}

/**
 * Labels for the marks of one layout, across a plot `width` pixels wide. A label never reaches
 * another mark in its lane or its label, nor past the plot: inside a bar wide enough on screen,
 * else after the mark, or before it when only there the whole title fits (as at the plot's
 * right edge). Marks in no lane (overflowed, drawn only because pinned) get none.
 */
export function markLabels(marks: readonly LabelledMark[], width: number): (MarkLabel | null)[] {
  const labels: (MarkLabel | null)[] = marks.map(() => null);
  const byLane = new Map<string, number[]>();
  marks.forEach((m, i) => {
    if (m.lane < 0) return;
    const key = `${m.group}:${m.lane}`;
    const lane = byLane.get(key);
    if (lane) lane.push(i);
    else byLane.set(key, [i]);
  });
  // Each lane left to right: a label before a mark keeps clear of what the last one drew.
  for (const members of byLane.values()) {
    members.sort((a, b) => marks[a]!.f0 - marks[b]!.f0);
    let drawnTo = -Infinity;
    members.forEach((i, k) => {
      const m = marks[i]!;
      const nextStart = k + 1 < members.length ? marks[members[k + 1]!]!.f0 : Infinity;
      const label = labelOf(m, Math.max(drawnTo, 0), Math.min(nextStart, width), width);
      labels[i] = label;
      drawnTo = Math.max(drawnTo, m.f1, label ? labelRight(label) : -Infinity);
    });
  }
  return labels;
}

/**
 * A mark's label with the lane free from `free0` to `free1` around it (plot pixels): the whole
 * title inside the bar, after the mark or before it, in that order; else as much of it as fits
 * inside or after. Before a mark only whole: stubs there ("Synt…") would only add clutter.
 */
function labelOf(m: LabelledMark, free0: number, free1: number, width: number): MarkLabel | null {
  const visible0 = Math.max(m.x0, 0);
  const visible1 = Math.min(m.x1, width);
  const start = m.f1 + PAD;
  const end = m.f0 - PAD;
  const inside =
    m.x1 > m.x0 && visible1 - visible0 >= MIN_INSIDE
      ? fit(m.title, Math.min(visible1, free1 - PAD) - visible0 - 2 * PAD)
      : null;
  // Beside a mark (almost) all off the plot, a title would seem to float free.
  const after = m.x1 >= 2 ? fit(m.title, free1 - PAD - start) : null;
  const whole = m.title;
  const before = m.x0 <= width - 2 && end - (free0 + PAD) >= whole.length * LABEL_CHAR;
  if (inside === whole) return { x: visible0 + PAD, text: inside, inside: true, end: false };
  if (after === whole) return { x: start, text: after, inside: false, end: false };
  if (before) return { x: end, text: whole, inside: false, end: true };
  if (inside && inside.length >= (after?.length ?? 0)) {
    return { x: visible0 + PAD, text: inside, inside: true, end: false };
  }
  return after ? { x: start, text: after, inside: false, end: false } : null;
}
