/** A mark's title drawn on the timeline: inside its bar, or after it when the lane is free. */
export interface MarkLabel {
  /** Left edge of the text, in plot pixels. */
  x: number;
  /** The title, cut with an ellipsis to fit. */
  text: string;
  /** Inside the bar (drawn in the bar's contrast colour) or after the mark. */
  inside: boolean;
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

/**
 * Labels for the marks of one layout, across a plot `width` pixels wide. A label never reaches
 * the next mark in its lane, nor past the plot: inside a bar wide enough on screen, else after
 * the mark. Marks in no lane (overflowed, drawn only because pinned) get none.
 */
export function markLabels(marks: readonly LabelledMark[], width: number): (MarkLabel | null)[] {
  // The next mark in each lane, found by sorting each lane's marks by their left edge.
  const next = new Map<number, number>();
  const byLane = new Map<string, number[]>();
  marks.forEach((m, i) => {
    if (m.lane < 0) return;
    const key = `${m.group}:${m.lane}`;
    const lane = byLane.get(key);
    if (lane) lane.push(i);
    else byLane.set(key, [i]);
  });
  for (const members of byLane.values()) {
    members.sort((a, b) => marks[a]!.f0 - marks[b]!.f0);
    members.forEach((i, k) => k + 1 < members.length && next.set(i, members[k + 1]!));
  }
  return marks.map((m, i) => {
    if (m.lane < 0) return null;
    const nextStart = next.has(i) ? marks[next.get(i)!]!.f0 : Infinity;
    const limit = Math.min(nextStart, width) - PAD;
    const visible0 = Math.max(m.x0, 0);
    const visible1 = Math.min(m.x1, width);
    const start = m.f1 + PAD;
    // After a mark that is (almost) all off to the left, a title would seem to float free.
    const after = m.x1 >= 2 ? fit(m.title, limit - start) : null;
    if (m.x1 > m.x0 && visible1 - visible0 >= MIN_INSIDE) {
      const inside = fit(m.title, Math.min(visible1, limit) - visible0 - 2 * PAD);
      // Inside when the whole title fits there, or when it says more than it would after the bar.
      if (inside && (inside === m.title || inside.length >= (after?.length ?? 0))) {
        return { x: visible0 + PAD, text: inside, inside: true };
      }
    }
    return after ? { x: start, text: after, inside: false } : null;
  });
}
