import { describe, expect, it } from 'vitest';
import { unwrapLongitudes } from './unwrapLongitudes';

describe('unwrapLongitudes', () => {
  it('keeps a ring that crosses 180 continuous', () => {
    const polygon = unwrapLongitudes({
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
    });
    expect(polygon.coordinates[0]!.map((p) => p[0])).toEqual([178, 181, 185, 179, 178]);
  });

  it('leaves ordinary shapes alone', () => {
    const ring = [
      [10, 50],
      [20, 50],
      [20, 40],
      [10, 50],
    ];
    expect(
      unwrapLongitudes({ type: 'MultiPolygon', coordinates: [[ring]] }).coordinates[0]![0],
    ).toEqual(ring);
  });
});
