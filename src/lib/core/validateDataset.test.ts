import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import seed from '../../../data/events.json';
import { DatasetValidator, validateDataset } from './validateDataset';

const good = {
  id: 'a',
  date: '2019-08-18',
  title: 'A',
  lat: 55.75,
  lon: 37.61,
  sources: [{ title: 'S', url: 'https://example.org/' }],
};

function problemsOf(rows: unknown[]) {
  return validateDataset({ title: 't', events: rows }).problems;
}

describe('validateDataset', () => {
  it('loads a good row with its time and defaults', () => {
    const { dataset, problems } = validateDataset({ title: ' T ', events: [good] });
    expect(problems).toEqual([]);
    expect(dataset.title).toBe('T');
    expect(dataset.events[0]).toMatchObject({ id: 'a', tags: [], actors: [], summary: '' });
    expect(new Date(dataset.events[0]!.time.start).toISOString()).toBe('2019-08-18T00:00:00.000Z');
  });

  it.each([
    [{ ...good, id: undefined }, 'id', 'is missing'],
    [{ ...good, id: '  ' }, 'id', 'is missing'],
    [{ ...good, date: '2019-13-40' }, 'date', "'2019-13-40' is not a date"],
    [{ ...good, end: '2019-08-01' }, 'end', 'before the start date'],
    [{ ...good, title: 3 }, 'title', 'is missing'],
    [{ ...good, lat: 91 }, 'lat', '91 is outside -90 to 90'],
    [{ ...good, lon: 181 }, 'lon', '181 is outside -180 to 180'],
    [{ ...good, lat: 'north' }, 'lat', "'north' is not a number"],
    [{ ...good, lon: undefined }, 'lon', 'lat and lon must be given together'],
    [{ ...good, tags: 'Libya' }, 'tags', 'must be a list of text'],
    [
      { ...good, sources: [{ title: 'S', url: 'javascript:alert(1)' }] },
      'sources[0].url',
      'is not an http(s) link',
    ],
    [{ ...good, sources: [{ url: 'https://example.org' }] }, 'sources[0].title', 'is missing'],
    [{ ...good, qualifier: 'circa' }, 'qualifier', 'not a known qualifier'],
    ['just text', 'event', 'is not an object'],
  ])('rejects %j: %s %s', (row, field, reason) => {
    const problems = problemsOf([row]);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ row: 1, field });
    expect(problems[0]!.reason).toContain(reason);
  });

  it('reports a duplicate id with both rows and keeps the first and the other good rows', () => {
    const { dataset, problems } = validateDataset({
      events: [good, { ...good, date: '2020' }, { ...good, id: 'b' }],
    });
    expect(dataset.events.map((e) => e.id)).toEqual(['a', 'b']);
    expect(problems).toEqual([
      { row: 2, field: 'id', id: 'a', reason: "duplicate id 'a' (first used in row 1)" },
    ]);
  });

  it('gives row numbers counted from 1 among good rows', () => {
    const problems = problemsOf([
      good,
      { ...good, id: 'b', lat: 91 },
      { ...good, id: 'c', date: 'x' },
    ]);
    expect(problems.map((p) => [p.row, p.field, p.id])).toEqual([
      [2, 'lat', 'b'],
      [3, 'date', 'c'],
    ]);
  });

  it('rejects a file without an events list', () => {
    expect(validateDataset({ items: [] }).problems[0]).toMatchObject({ field: 'events' });
    expect(validateDataset(null).dataset.events).toEqual([]);
  });

  it('keeps a row whose source link is not http(s), showing the source as text, and says so', () => {
    const { dataset, problems } = validateDataset({
      events: [{ ...good, sources: [{ title: 'S', url: 'javascript:alert(1)' }] }],
    });
    expect(dataset.events[0]!.sources).toEqual([{ title: 'S' }]);
    expect(problems).toEqual([
      {
        row: 1,
        id: 'a',
        field: 'sources[0].url',
        reason: "'javascript:alert(1)' is not an http(s) link; the source is shown as text",
        kept: true,
      },
    ]);
  });

  it('numbers rows as the file does and names the unit', () => {
    const { problems } = validateDataset(
      { events: [good, { ...good, date: 'x' }, good] },
      { rowNumbers: [2, 3, 5], unit: 'feature' },
    );
    expect(problems.map((p) => [p.row, p.field])).toEqual([
      [3, 'date'],
      [5, 'id'],
    ]);
    expect(problems[1]!.reason).toBe("duplicate id 'a' (first used in feature 2)");
  });

  it('keeps "located by place name" only with coordinates', () => {
    const { dataset, problems } = validateDataset({
      events: [
        { ...good, locatedBy: 'place-name' },
        { ...good, id: 'b', lat: undefined, lon: undefined, locatedBy: 'place-name' },
        { ...good, id: 'c', locatedBy: 'guess' },
      ],
    });
    expect(dataset.events.map((e) => e.locatedBy)).toEqual(['place-name', undefined]);
    expect(problems).toMatchObject([{ row: 3, field: 'locatedBy' }]);
  });

  it('builds events with their keys in the canonical order', () => {
    const full = {
      ...good,
      end: '2019-08-20',
      qualifier: 'by',
      summary: 'S',
      place: 'Moscow',
      tags: ['t'],
      actors: ['a'],
      locatedBy: 'place-name',
    };
    const keys = (row: object) =>
      Object.keys(validateDataset({ events: [row] }).dataset.events[0]!);
    expect(keys(full)).toEqual([
      'id',
      'date',
      'end',
      'qualifier',
      'title',
      'summary',
      'tags',
      'actors',
      'sources',
      'time',
      'place',
      'lat',
      'lon',
      'locatedBy',
    ]);
    expect(keys({ id: 'b', date: '2019', title: 'B' })).toEqual([
      'id',
      'date',
      'title',
      'summary',
      'tags',
      'actors',
      'sources',
      'time',
    ]);
    expect(Object.keys(validateDataset({ events: [full] }).dataset.events[0]!.time)).toEqual([
      'start',
      'end',
      'precision',
      'endPrecision',
    ]);
  });

  it('skips the holes of sparse lists, as it always did', () => {
    const rows: unknown[] = [good];
    rows[2] = { ...good, id: 'b', tags: Object.assign([' x '], { 3: 'y' }) };
    const { dataset, problems } = validateDataset({ events: rows });
    expect(problems).toEqual([]);
    expect(dataset.events.map((e) => e.id)).toEqual(['a', 'b']);
    expect(dataset.events[1]!.tags).toEqual(['x', 'y']);
  });

  it('trims lists and keeps each value once, in first-seen order, long lists too', () => {
    const tags = Array.from(
      { length: 60 },
      (_, i) => [` t${i % 23} `, '', `t${(i * 7) % 31}`][i % 3]!,
    );
    const { dataset } = validateDataset({ events: [{ ...good, tags }] });
    expect(dataset.events[0]!.tags).toEqual([
      ...new Set(tags.map((t) => t.trim()).filter(Boolean)),
    ]);
    expect(problemsOf([{ ...good, actors: ['a', 2] }])[0]).toMatchObject({ field: 'actors' });
  });

  it('reports a left-out link only for the row it belongs to, and only if the row loads', () => {
    const badLink = [{ title: 'S', url: 'javascript:alert(1)' }];
    const problems = problemsOf([
      { ...good, sources: badLink },
      { ...good, id: 'b' },
      { ...good, id: 'c', sources: badLink, lat: 91 },
    ]);
    expect(problems.map((p) => [p.row, p.field, p.kept])).toEqual([
      [1, 'sources[0].url', true],
      [3, 'lat', undefined],
    ]);
  });
});

describe('the seed dataset', () => {
  const { dataset, problems } = validateDataset(seed);

  it('is valid, with unique ids', () => {
    expect(problems).toEqual([]);
    expect(dataset.events.length).toBe(seed.events.length);
    expect(new Set(dataset.events.map((e) => e.id)).size).toBe(dataset.events.length);
  });

  it('tells the story DESIGN.md asks for', () => {
    const byId = new Map(dataset.events.map((e) => [e.id, e]));
    expect(byId.get('shoigu-rossiya24-statement')?.date).toBe('2019-08-18');
    expect(byId.get('inf-us-withdrawal')?.time.precision).toBe('month');
    expect(byId.get('haftar-kuznetsov-tobruk')?.end).toBe('2017-01-15');
    expect(byId.get('italy-embassy-tripoli')?.date).toBe(byId.get('haftar-kuznetsov-tobruk')?.date);
    expect(byId.has('haftar-moscow-lavrov')).toBe(true);
    expect(
      dataset.events.every((e) => e.sources.length > 0 && e.sources.every((s) => s.quote)),
    ).toBe(true);
  });

  const sourcePath = fileURLToPath(
    new URL('../../../../shared/source/shoigu-tag-archive.txt', import.meta.url),
  );
  it.skipIf(!existsSync(sourcePath))(
    'quotes the source text verbatim (needs ../shared/source)',
    () => {
      const text = readFileSync(sourcePath, 'utf8');
      for (const event of dataset.events) {
        for (const source of event.sources) {
          expect(source.title).toBe('Tag Archives: Sergei Shoigu');
          expect(text, `${event.id}: ${source.quote}`).toContain(source.quote);
        }
      }
    },
  );
});

describe('DatasetValidator', () => {
  it('checks rows one at a time as validateDataset checks them all', () => {
    const rows = [
      good,
      { ...good, date: '2020' },
      'x',
      { ...good, id: 'b', sources: [{ title: 'S', url: 'ftp://x' }] },
    ];
    const whole = validateDataset({ events: rows }, { unit: 'feature' });
    const seen: string[] = [];
    const validator = new DatasetValidator('feature', (e) => seen.push(e.id));
    rows.forEach((row, i) => validator.add(row, i + 1));
    expect(validator.events).toEqual(whole.dataset.events);
    expect(validator.problems).toEqual(whole.problems);
    expect(seen).toEqual(['a', 'b']);
    expect(validator.problems[0]!.reason).toBe("duplicate id 'a' (first used in feature 1)");
  });
});
