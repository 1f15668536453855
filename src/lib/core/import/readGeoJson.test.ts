import { describe, expect, it } from 'vitest';
import { validateDataset } from '../validateDataset';
import { readGeoJson } from './readGeoJson';

const feature = (
  properties: unknown,
  geometry: unknown = { type: 'Point', coordinates: [13.19, 32.89] },
) => ({
  type: 'Feature',
  properties,
  geometry,
});

describe('readGeoJson', () => {
  it('reads Point features whose properties are the canonical fields', () => {
    const rows = readGeoJson({
      type: 'FeatureCollection',
      name: 'Libya 2017',
      features: [
        feature({
          id: 'a',
          date: '2017-01',
          title: 'Embassy',
          tags: ['Italy'],
          sources: [{ title: 'S' }],
        }),
        feature({ name: 'Aliased', start_date: 2017, description: 'd', tags: 'a; b' }, null),
      ],
    });
    expect(rows.title).toBe('Libya 2017');
    expect(rows.unit).toBe('feature');
    expect(rows.records).toEqual([
      {
        id: 'a',
        date: '2017-01',
        title: 'Embassy',
        tags: ['Italy'],
        sources: [{ title: 'S' }],
        lon: 13.19,
        lat: 32.89,
      },
      { title: 'Aliased', date: '2017', summary: 'd', tags: ['a', 'b'] },
    ]);
  });

  it('takes the feature id when properties have none, and year/month/day properties', () => {
    const rows = readGeoJson({
      type: 'FeatureCollection',
      features: [
        feature({ title: 'T', year: 2019, month: 8, day: 18 }),
        { ...feature({ title: 'U', date: '2019' }), id: 7 },
      ],
    });
    expect(rows.records).toMatchObject([{ date: '2019-08-18' }, { id: '7' }]);
  });

  it('reports what is not a feature, and keeps non-Point features off the map', () => {
    const rows = readGeoJson({
      type: 'FeatureCollection',
      features: [
        { type: 'Point', coordinates: [0, 0] },
        feature(
          { id: 'line', date: '2019', title: 'L' },
          {
            type: 'LineString',
            coordinates: [
              [0, 0],
              [1, 1],
            ],
          },
        ),
        feature('oops'),
        feature({ id: 'm', title: 'M', year: 'soon' }),
      ],
    });
    expect(rows.problems).toEqual([
      { row: 1, field: 'feature', reason: 'is not a GeoJSON Feature' },
      { row: 3, field: 'properties', reason: 'is not an object' },
      { row: 4, field: 'year', reason: "'soon' is not a year" },
    ]);
    expect(rows.notes).toEqual([
      {
        row: 2,
        id: 'line',
        field: 'geometry',
        reason: 'is a LineString, not a Point; the event is not on the map',
        kept: true,
      },
    ]);
    expect(rows.records).toEqual([{ id: 'line', date: '2019', title: 'L' }]);
    expect(rows.rowNumbers).toEqual([2]);
  });

  it('leaves bad coordinates to the validator', () => {
    const rows = readGeoJson({
      type: 'FeatureCollection',
      features: [
        feature({ id: 'a', date: '2019', title: 'A' }, { type: 'Point', coordinates: [200, 10] }),
      ],
    });
    expect(validateDataset({ events: rows.records }, { unit: 'feature' }).problems).toMatchObject([
      { row: 1, field: 'lon', reason: '200 is outside -180 to 180' },
    ]);
  });

  it('reads a single Feature', () => {
    expect(readGeoJson(feature({ id: 'a', date: '2019', title: 'A' })).records).toHaveLength(1);
  });

  it('refuses a collection without features', () => {
    expect(() => readGeoJson({ type: 'FeatureCollection' })).toThrow(/no "features" list/);
  });
});
