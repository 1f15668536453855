import { describe, expect, it } from 'vitest';
import { bandPaths, worldCopiesInView, type MercatorPixelView } from './bandPaths';
import type { LatLon } from './greatCircle';
import { rangeBandShape } from './rangeBandShape';
import type { PixelPoint } from './spreadPoints';

const moscow = { lat: 55.7558, lon: 37.6173 };
const tripoli = { lat: 32.8872, lon: 13.1913 };

/** Leaflet at zoom 2: the world is 1,024 px wide; the main copy spans 0…1,024 here. */
const world: MercatorPixelView = {
  origin: { x: 512, y: 512 },
  worldWidth: 1024,
  clip: { min: { x: 0, y: 0 }, max: { x: 1024, y: 1024 } },
};

/** Where Leaflet puts `p` in the view's pixel space (its world copy `copy`). */
function pixelOf(view: MercatorPixelView, p: LatLon, copy = 0): PixelPoint {
  const k = view.worldWidth / (2 * Math.PI);
  const phi = (p.lat * Math.PI) / 180;
  return {
    x: view.origin.x + copy * view.worldWidth + (k * p.lon * Math.PI) / 180,
    y: view.origin.y - k * Math.log(Math.tan(Math.PI / 4 + phi / 2)),
  };
}

/** The closed polygons of an SVG path made of M, L and Z commands, as d3 writes them. */
function polygonsOf(d: string): PixelPoint[][] {
  const polygons: PixelPoint[][] = [];
  for (const command of d.match(/[MLZ][^MLZ]*/g) ?? []) {
    if (command[0] === 'Z') continue;
    const [x, y] = command.slice(1).split(',').map(Number);
    if (command[0] === 'M') polygons.push([]);
    polygons.at(-1)!.push({ x: x!, y: y! });
  }
  return polygons;
}

/** What the browser fills with `fill-rule: evenodd`. */
function filled(d: string, p: PixelPoint): boolean {
  let inside = false;
  for (const ring of polygonsOf(d)) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const a = ring[i]!;
      const b = ring[j]!;
      if (a.y > p.y !== b.y > p.y && p.x < ((b.x - a.x) * (p.y - a.y)) / (b.y - a.y) + a.x) {
        inside = !inside;
      }
    }
  }
  return inside;
}

describe('worldCopiesInView', () => {
  it('lists the copies that overlap the view', () => {
    expect(worldCopiesInView(world)).toEqual([0]);
    expect(
      worldCopiesInView({ ...world, clip: { min: { x: -100, y: 0 }, max: { x: 1100, y: 800 } } }),
    ).toEqual([-1, 0, 1]);
    expect(
      worldCopiesInView({ ...world, clip: { min: { x: 1500, y: 0 }, max: { x: 1600, y: 800 } } }),
    ).toEqual([1]);
  });
});

describe('bandPaths', () => {
  it('fills the Arctic, and not Moscow, around Moscow at world zoom', () => {
    const { area, outerEdge, innerEdge } = bandPaths(rangeBandShape(moscow, [500, 5500]), world);
    const inside = (p: LatLon) => filled(area, pixelOf(world, p));
    expect(inside({ lat: 82.5, lon: 20 })).toBe(true); // north of Svalbard
    expect(inside({ lat: 84.9, lon: -150 })).toBe(true); // over the pole: 4,376 km
    expect(inside(tripoli)).toBe(true);
    expect(inside(moscow)).toBe(false);
    expect(inside({ lat: 53.96, lon: 37.6173 })).toBe(false); // 200 km south
    expect(inside({ lat: 5.3, lon: 37.6173 })).toBe(false); // 5,610 km south
    expect(inside({ lat: 0, lon: -150 })).toBe(false); // Pacific
    expect(outerEdge).toMatch(/^M/);
    expect(innerEdge).toMatch(/^M/);
  });

  it('fills both sides of the antimeridian around 170° E', () => {
    const { area } = bandPaths(rangeBandShape({ lat: 0, lon: 170 }, [500, 5500]), world);
    const inside = (p: LatLon) => filled(area, pixelOf(world, p));
    expect(inside({ lat: 0, lon: -170 })).toBe(true);
    expect(inside({ lat: 10, lon: 150 })).toBe(true);
    expect(inside({ lat: 0, lon: 170 })).toBe(false);
    expect(inside({ lat: 0, lon: 120 })).toBe(false); // 5,560 km west
  });

  it('draws every world copy in view, each filled alike', () => {
    const view = { ...world, clip: { min: { x: -1024, y: 0 }, max: { x: 2048, y: 1024 } } };
    const { area } = bandPaths(rangeBandShape(moscow, [500, 5500]), view);
    for (const copy of [-1, 0, 1]) {
      expect(filled(area, pixelOf(view, tripoli, copy))).toBe(true);
      expect(filled(area, pixelOf(view, { lat: 82.5, lon: 20 }, copy))).toBe(true);
      expect(filled(area, pixelOf(view, moscow, copy))).toBe(false);
    }
  });

  it('fills a view that lies wholly inside the band, and leaves one in the hole empty', () => {
    // Zoom 10 around Tripoli: the view is far smaller than the band.
    const zoomed: MercatorPixelView = {
      origin: { x: 131_072, y: 131_072 },
      worldWidth: 262_144,
      clip: { min: { x: 0, y: 0 }, max: { x: 0, y: 0 } },
    };
    const centre = pixelOf(zoomed, tripoli);
    const view = {
      ...zoomed,
      origin: { x: zoomed.origin.x - centre.x + 400, y: zoomed.origin.y - centre.y + 300 },
      clip: { min: { x: 0, y: 0 }, max: { x: 800, y: 600 } },
    };
    const { area, outerEdge, innerEdge } = bandPaths(rangeBandShape(moscow, [500, 5500]), view);
    expect(filled(area, { x: 400, y: 300 })).toBe(true);
    expect(filled(area, { x: 10, y: 10 })).toBe(true);
    expect(outerEdge).toBe('');
    expect(innerEdge).toBe('');
    // Around Moscow, in the hole, nothing is filled.
    const m = pixelOf(zoomed, moscow);
    const hole = {
      ...zoomed,
      origin: { x: zoomed.origin.x - m.x + 400, y: zoomed.origin.y - m.y + 300 },
      clip: view.clip,
    };
    expect(bandPaths(rangeBandShape(moscow, [500, 5500]), hole).area).toBe('');
  });

  it('keeps its output short: about 1,000 points for the band at world zoom', () => {
    const { area } = bandPaths(rangeBandShape(moscow, [500, 5500]), world);
    const points = polygonsOf(area).reduce((n, ring) => n + ring.length, 0);
    expect(points).toBeGreaterThan(300);
    expect(points).toBeLessThan(2000);
  });
});
