import { describe, expect, it } from 'vitest';
import { CumulativeMarkerGrid, type MarkerGridPlace } from './cumulativeMarkerGrid';
import { markerGrid, type MarkerGrid } from './markerGrid';
import { MARKER_FADED, MARKER_SHOWN } from './markerStates';
import { seededRandom } from './testing/seededRandom';

/** `n` markers in a few clusters, some across the antimeridian, seen at a random zoom. */
function randomPlace(random: () => number, n: number): MarkerGridPlace {
  const spots = Array.from({ length: 4 }, () => [random(), 0.2 + random() * 0.6] as const);
  const ux = new Float64Array(n);
  const uy = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const [sx, sy] = spots[Math.floor(random() * spots.length)]!;
    ux[i] = (sx + (random() - 0.5) * 0.05 + 1) % 1;
    uy[i] = sy + (random() - 0.5) * 0.05;
  }
  const scale = 256 * 2 ** Math.floor(random() * 6);
  return {
    ux,
    uy,
    scale,
    left: (random() - 0.25) * scale,
    top: random() * scale * 0.5,
    width: 300 + random() * 1000,
    height: 200 + random() * 600,
  };
}

/** What markerGrid gives with the first `started` positions shown and the rest faded. */
function regrouped(place: MarkerGridPlace, n: number, started: number) {
  const states = new Uint8Array(n).fill(MARKER_FADED).fill(MARKER_SHOWN, 0, started);
  return markerGrid({ ...place, states, from: 0, to: n });
}

const FIELDS = ['x', 'y', 'total', 'shown', 'latest', 'minX', 'minY', 'maxX', 'maxY'] as const;

/** The first way two grids differ, or null (typed arrays compared by hand: toEqual is slow). */
function difference(a: MarkerGrid, b: MarkerGrid): string | null {
  for (const key of ['cols', 'rows', 'originX', 'originY', 'count'] as const)
    if (a[key] !== b[key]) return `${key}: ${a[key]} ≠ ${b[key]}`;
  for (const key of FIELDS)
    for (let item = 0; item < a.count; item++)
      if (a[key][item] !== b[key][item])
        return `${key}[${item}]: ${a[key][item]} ≠ ${b[key][item]}`;
  for (let cell = 0; cell < a.cellItem.length; cell++)
    if (a.cellItem[cell] !== b.cellItem[cell]) return `cellItem[${cell}]`;
  return null;
}

describe('CumulativeMarkerGrid', () => {
  it('equals the grid grouped again at every cursor, moved forward, back and jumping', () => {
    const random = seededRandom(5);
    for (let round = 0; round < 40; round++) {
      const n = 1 + Math.floor(random() * 600);
      const place = randomPlace(random, n);
      const kept = new CumulativeMarkerGrid(place, n);
      let started = Math.floor(random() * (n + 1));
      for (let step = 0; step < 25; step++) {
        const move = random();
        // Small steps either way (a scrub), sometimes a jump to anywhere, the start or the end.
        if (move < 0.6) started += Math.floor(random() * 9) - 4;
        else if (move < 0.8) started = Math.floor(random() * (n + 1));
        else started = move < 0.9 ? 0 : n;
        started = Math.max(0, Math.min(n, started));
        expect(difference(kept.at(started), regrouped(place, n, started))).toBeNull();
      }
    }
  });

  it('knows the place and count it was made for', () => {
    const place = randomPlace(seededRandom(2), 50);
    const kept = new CumulativeMarkerGrid(place, 50);
    expect(kept.matches({ ...place }, 50)).toBe(true);
    expect(kept.matches(place, 49)).toBe(false);
    expect(kept.matches({ ...place, left: place.left + 1 }, 50)).toBe(false);
    expect(kept.matches({ ...place, ux: place.ux.slice() }, 50)).toBe(false);
  });
});
