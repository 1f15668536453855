import { describe, expect, it } from 'vitest';
import { detectJsonFormat, sniffText } from './detectFormat';

describe('sniffText', () => {
  it.each([
    ['{"events": []}', 'x.txt', { kind: 'json' }],
    ['  [1]', 'x.csv', { kind: 'json' }],
    ['oops', 'x.geojson', { kind: 'json' }],
    ['date,title\n2019,a', 'x.csv', { kind: 'delimited', delimiter: ',' }],
    ['date\ttitle\n2019\ta, b', 'x.txt', { kind: 'delimited', delimiter: '\t' }],
    ['date\ttitle', 'x.tsv', { kind: 'delimited', delimiter: '\t' }],
    ['date;title;lat\n2019;a;55,7', 'x.csv', { kind: 'delimited', delimiter: ';' }],
    ['"a,b";c;d\n', 'x.csv', { kind: 'delimited', delimiter: ';' }],
  ])('%j (%s) is %j', (text, name, kind) => {
    expect(sniffText(text, name)).toEqual(kind);
  });

  it.each([
    [' \n\t ', /blank/],
    ['<!DOCTYPE html><html>', /a web page \(HTML\), not data/],
    ['<?xml version="1.0"?><kml>', /markup/],
  ])('refuses %j', (text, message) => {
    expect(() => sniffText(text, 'x.csv')).toThrow(message);
  });

  it('says a web page is a web page, even named .json (what a server sends for a missing file)', () => {
    expect(() => sniffText('<!doctype html>\n<html lang="en">', 'gone.json')).toThrow(
      /^The file is a web page \(HTML\), not data/,
    );
  });
});

describe('detectJsonFormat', () => {
  it.each([
    [{ title: 't', events: [{ id: 'a', date: '2019' }] }, 'dateline-json'],
    [{ events: [] }, 'dateline-json'],
    [{ type: 'FeatureCollection', features: [] }, 'geojson'],
    [{ type: 'Feature', geometry: null, properties: {} }, 'geojson'],
    [{ events: [{ start_date: { year: '1978' }, text: { headline: 'h' } }] }, 'timelinejs-json'],
    [{ title: { text: { headline: 'h' } }, events: [] }, 'timelinejs-json'],
  ])('%j is %s', (value, format) => {
    expect(detectJsonFormat(value)).toBe(format);
  });

  it.each([
    [[{ id: 'a' }], /is a list \(\[…\]\), not a dataset/],
    [42, /a single number/],
    ['text', /a single text/],
    [null, /is null/],
    [{ type: 'Point', coordinates: [1, 2] }, /bare Point geometry/],
    [{ items: [] }, /has no "events" list/],
  ])('refuses %j', (value, message) => {
    expect(() => detectJsonFormat(value)).toThrow(message);
  });
});
