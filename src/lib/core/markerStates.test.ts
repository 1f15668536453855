import { describe, expect, it } from 'vitest';
import { cursorVisibility, type CursorView } from './cursorVisibility';
import {
  MARKER_FADED,
  MARKER_HIDDEN,
  MARKER_SHOWN,
  markerStates,
  markerTimes,
} from './markerStates';
import { seededRandom } from './testing/seededRandom';

const DAY = 864e5;
const CODE = { shown: MARKER_SHOWN, faded: MARKER_FADED, hidden: MARKER_HIDDEN } as const;

/** Random start-sorted times: points, ties, short spans and a few very long ones. */
function randomTimes(random: () => number, n: number) {
  const pairs = Array.from({ length: n }, () => {
    const start = Math.floor(random() * 400) * DAY;
    const r = random();
    const length = r < 0.5 ? DAY : r < 0.9 ? Math.floor(random() * 40) * DAY : random() * 300 * DAY;
    return [start, start + length] as const;
  }).sort((a, b) => a[0] - b[0]);
  return markerTimes(
    Float64Array.from(pairs, (p) => p[0]),
    Float64Array.from(pairs, (p) => p[1]),
  );
}

/** States from `markerStates`, hidden outside its window, as the naive per-event rule names them. */
function statesOf(times: ReturnType<typeof randomTimes>, view: CursorView | null) {
  const out = new Uint8Array(times.starts.length).fill(99);
  const { from, to } = markerStates(times, view, out);
  return Array.from(out, (code, i) => (i < from || i >= to ? MARKER_HIDDEN : code));
}

describe('markerStates', () => {
  it('matches cursorVisibility for every event on random data, in both modes', () => {
    const random = seededRandom(7);
    for (let round = 0; round < 200; round++) {
      const times = randomTimes(random, Math.floor(random() * 300));
      const view: CursorView | null =
        round % 10 === 0
          ? null
          : {
              cursor: (Math.floor(random() * 440) - 20) * DAY + (random() < 0.5 ? 0 : DAY / 2),
              mode: random() < 0.5 ? 'cumulative' : 'window',
              windowMs: Math.floor(random() * 60) * DAY,
            };
      const naive = Array.from(times.starts, (start, i) => {
        const end = times.ends[i]!;
        return CODE[cursorVisibility({ start, end }, view)];
      });
      expect(statesOf(times, view)).toEqual(naive);
    }
  });

  it('window mode only visits the window plus the longest span before it', () => {
    const times = markerTimes(
      Float64Array.from({ length: 1000 }, (_, i) => i * DAY),
      Float64Array.from({ length: 1000 }, (_, i) => i * DAY + DAY),
    );
    const range = markerStates(
      times,
      { cursor: 500 * DAY, mode: 'window', windowMs: 10 * DAY },
      new Uint8Array(1000),
    );
    // Day 489's event ends as the window opens (day 490), so the first one that can show is day 490's.
    expect(range).toEqual({ from: 490, to: 501, started: 501 });
  });

  it('handles no events', () => {
    const times = markerTimes(new Float64Array(0), new Float64Array(0));
    expect(
      markerStates(times, { cursor: 0, mode: 'window', windowMs: DAY }, new Uint8Array(0)),
    ).toEqual({ from: 0, to: 0, started: 0 });
  });
});
