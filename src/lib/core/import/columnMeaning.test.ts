import { describe, expect, it } from 'vitest';
import { columnMeaning, headerKey } from './columnMeaning';

describe('columnMeaning', () => {
  it.each([
    ['id', 'id'],
    ['Start Date', 'date'],
    ['date', 'date'],
    ['end_date', 'end'],
    ['End', 'end'],
    ['Headline', 'title'],
    ['description', 'summary'],
    ['Latitude', 'lat'],
    ['lng', 'lon'],
    ['LON', 'lon'],
    ['longitude', 'lon'],
    ['Year', 'year'],
    ['End Month', 'endMonth'],
    ['located_by', 'locatedBy'],
    ['Group', 'tags'],
  ])('%s is %s', (header, field) => {
    expect(columnMeaning(header)).toEqual({ field });
  });

  it.each([
    ['source', { source: 0, part: 'title' }],
    ['Source Title', { source: 0, part: 'title' }],
    ['source_url', { source: 0, part: 'url' }],
    ['url', { source: 0, part: 'url' }],
    ['source_2_quote', { source: 1, part: 'quote' }],
    ['Source 3 URL', { source: 2, part: 'url' }],
  ])('%s is a source column', (header, meaning) => {
    expect(columnMeaning(header)).toEqual(meaning);
  });

  it('does not know other columns', () => {
    expect(columnMeaning('colour')).toBeNull();
    expect(columnMeaning('constructor')).toBeNull();
    expect(headerKey('  Ünïcode — Name ')).toBe('ünïcode_name');
  });
});
