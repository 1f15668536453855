import type { Geometry } from 'geojson';
import { describe, expect, it } from 'vitest';
import { mercatorRings } from './mercatorRings';
import { mercatorUnit } from './mercatorUnit';

/** The rings back as lists of [x, y]. */
function ringsOf({ xy, starts }: ReturnType<typeof mercatorRings>): number[][][] {
  return Array.from({ length: starts.length - 1 }, (_, r) =>
    Array.from({ length: starts[r + 1]! - starts[r]! }, (_, i) => {
      const p = starts[r]! + i;
      return [xy[2 * p]!, xy[2 * p + 1]!];
    }),
  );
}

const unit = (lon: number, lat: number) => mercatorUnit(lat, lon);

describe('mercatorRings', () => {
  it('projects each ring of a polygon, holes included, point by point', () => {
    const polygon: Geometry = {
      type: 'Polygon',
      coordinates: [
        [
          [10, 30],
          [20, 30],
          [20, 40],
          [10, 30],
        ],
        [
          [14, 33],
          [16, 33],
          [15, 35],
          [14, 33],
        ],
      ],
    };
    const rings = mercatorRings([polygon]);
    expect(Array.from(rings.starts)).toEqual([0, 4, 8]);
    expect(ringsOf(rings)).toEqual([
      [unit(10, 30), unit(20, 30), unit(20, 40), unit(10, 30)],
      [unit(14, 33), unit(16, 33), unit(15, 35), unit(14, 33)],
    ]);
    expect(rings.minX).toBe(unit(10, 30)[0]);
    expect(rings.maxX).toBe(unit(20, 30)[0]);
  });

  it('takes multipolygons, lines and collections in order, and leaves out points and single-point lines', () => {
    const geometries: Geometry[] = [
      { type: 'Point', coordinates: [0, 0] },
      {
        type: 'MultiPolygon',
        coordinates: [
          [
            [
              [0, 0],
              [1, 0],
              [0, 1],
              [0, 0],
            ],
          ],
          [
            [
              [5, 5],
              [6, 5],
              [5, 6],
              [5, 5],
            ],
          ],
        ],
      },
      {
        type: 'GeometryCollection',
        geometries: [
          {
            type: 'LineString',
            coordinates: [
              [-10, 50],
              [-5, 55],
            ],
          },
          { type: 'LineString', coordinates: [[3, 3]] },
          {
            type: 'MultiLineString',
            coordinates: [
              [
                [7, 7],
                [8, 8],
                [9, 7],
              ],
            ],
          },
        ],
      },
    ];
    const rings = ringsOf(mercatorRings(geometries));
    expect(rings.map((ring) => ring.length)).toEqual([4, 4, 2, 3]);
    expect(rings[2]).toEqual([unit(-10, 50), unit(-5, 55)]);
    expect(rings[3]![2]).toEqual(unit(9, 7));
  });

  it('keeps a ring that crosses 180 degrees continuous: its x runs past 1', () => {
    const rings = mercatorRings([
      {
        type: 'Polygon',
        coordinates: [
          [
            [178, 65],
            [-179, 66],
            [-175, 65],
            [179, 64],
            [178, 65],
          ],
        ],
      },
    ]);
    const lons = ringsOf(rings)[0]!.map(([x]) => Math.round((x! - 0.5) * 360 * 1e9) / 1e9);
    expect(lons).toEqual([178, 181, 185, 179, 178]);
    expect(rings.maxX).toBeCloseTo(0.5 + 185 / 360, 12);
    expect(rings.maxX).toBeGreaterThan(1);
  });

  it('leaves a ring that does not cross 180 degrees where it is, west of 0 included', () => {
    const ring = [
      [-10, 50],
      [20, 50],
      [20, 40],
      [-10, 50],
    ];
    const rings = mercatorRings([{ type: 'MultiPolygon', coordinates: [[ring]] }]);
    expect(ringsOf(rings)[0]).toEqual(ring.map(([lon, lat]) => unit(lon!, lat!)));
  });

  it('is empty for no geometry', () => {
    const rings = mercatorRings([]);
    expect(Array.from(rings.starts)).toEqual([0]);
    expect(rings.xy.length).toBe(0);
    expect(rings.minX).toBe(Infinity);
  });
});
