import { describe, expect, it, vi } from 'vitest';
import seed from '../../../../data/events.json';
import { validateDataset } from '../validateDataset';
import { Gazetteer } from './gazetteer';
import { importDataset } from './importDataset';
import type { ImportProgress } from './importProgress';

const bytes = (text: string) => new TextEncoder().encode(text);
const load = (
  text: string | Uint8Array,
  fileName = 'events.csv',
  loadGazetteer?: () => Promise<Gazetteer>,
) =>
  importDataset(typeof text === 'string' ? bytes(text) : text, {
    fileName,
    ...(loadGazetteer ? { loadGazetteer } : {}),
  });

describe('importDataset: each format', () => {
  it('reads canonical JSON (the seed) unchanged', async () => {
    const { result, report } = await load(JSON.stringify(seed), 'events.json');
    expect(report).toMatchObject({
      format: 'dateline-json',
      unit: 'event',
      found: 8,
      loaded: 8,
      problems: [],
      notes: [],
    });
    expect(result!.dataset.title).toBe(seed.title);
    expect(result!.dataset.events.map((e) => e.id).sort()).toEqual(
      seed.events.map((e) => e.id).sort(),
    );
  });

  it('reads CSV with a BOM and CRLF, titled after the file', async () => {
    const { result, report } = await load(
      '\uFEFFid,date,title\r\na,2019-08-18,Statement\r\n',
      'inf_treaty.csv',
    );
    expect(report).toMatchObject({ format: 'csv', loaded: 1 });
    expect(result!.dataset.title).toBe('inf treaty');
    expect(result!.dataset.events[0]).toMatchObject({
      id: 'a',
      date: '2019-08-18',
      title: 'Statement',
    });
  });

  it('reads TSV and semicolon-separated CSV', async () => {
    expect((await load('id\tdate\ttitle\na\t2019\tA\n', 'x.tsv')).report).toMatchObject({
      format: 'tsv',
      loaded: 1,
    });
    const semicolons = await load('id;date;title;lat;lon\na;2019;A;55,75;37,61\n');
    expect(semicolons.result!.dataset.events[0]).toMatchObject({ lat: 55.75, lon: 37.61 });
  });

  it('reads GeoJSON', async () => {
    const geojson = {
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          geometry: { type: 'Point', coordinates: [37.62, 55.75] },
          properties: { id: 'm', date: '2019', title: 'Moscow' },
        },
      ],
    };
    const { result, report } = await load(JSON.stringify(geojson), 'x.geojson');
    expect(report).toMatchObject({ format: 'geojson', unit: 'feature', loaded: 1 });
    expect(result!.dataset.events[0]).toMatchObject({ lat: 55.75, lon: 37.62 });
  });

  it('reads TimelineJS JSON and its sheet', async () => {
    const json = {
      events: [{ start_date: { year: '2012', month: '1', day: '3' }, text: { headline: 'Iowa' } }],
    };
    expect((await load(JSON.stringify(json), 't.json')).report).toMatchObject({
      format: 'timelinejs-json',
      loaded: 1,
    });
    const sheet =
      'Year,Month,Day,Headline,Text,Type\n,,,My timeline,,title\n1951,,,Recursion,<p>x</p>,\n';
    const { result, report } = await load(sheet, 'sheet.csv');
    expect(report).toMatchObject({ format: 'timelinejs-sheet', found: 1, loaded: 1 });
    expect(result!.dataset.title).toBe('My timeline');
  });
});

describe('importDataset: bad rows', () => {
  it('loads the good rows of a partly bad file and reports each bad row with its spreadsheet row', async () => {
    const csv = [
      'id,date,title',
      'a,2019-08-18,Good',
      'b,2019-13-40,Bad date',
      'c,2019,',
      'a,2020,Again',
      'd,2019,Good too',
    ].join('\n');
    const { result, report } = await load(csv);
    expect(result!.dataset.events.map((e) => e.id)).toEqual(['d', 'a']);
    expect(report).toMatchObject({ found: 5, loaded: 2 });
    expect(report.problems).toEqual([
      { row: 3, id: 'b', field: 'date', reason: "'2019-13-40' is not a date (month 13)" },
      { row: 4, id: 'c', field: 'title', reason: 'is missing' },
      { row: 5, id: 'a', field: 'id', reason: "duplicate id 'a' (first used in row 2)" },
    ]);
    expect(result!.problems).toEqual(report.problems);
  });

  it('reports the row whose quoted cell never closes, instead of loading the rest as its title', async () => {
    const csv = [
      'id,date,title,lat,lon',
      'a,2019-08-18,Good,55.75,37.62',
      'b,2019-08-02,"Never closed,38.9,-77.04',
      'c,2019-08,Swallowed,55.75,37.62',
      '',
    ].join('\n');
    const { result, report } = await load(csv);
    expect(result!.dataset.events.map((e) => e.id)).toEqual(['a']);
    expect(report.problems).toEqual([
      {
        row: 3,
        field: 'quotes',
        reason: expect.stringMatching(/^a cell opens with a quote mark \(".*the 1 line after it/),
      },
    ]);
  });

  it('keeps the current data when no row is good, and says why', async () => {
    const { result, report } = await load('id,date,title\na,soon,A\nb,later,B\n');
    expect(result).toBeNull();
    expect(report.failure).toBe('none of its 2 rows could be loaded (see why below).');
    expect(report.problems).toHaveLength(2);
  });

  it('shows injection attempts as the literal text they are, in every field', async () => {
    const payloads = [
      '<script>window.__xss=1</script>',
      '<img src=x onerror="window.__xss=1">',
      '"><svg onload=window.__xss=1>',
    ];
    const csv =
      'id,date,title,summary,place,tags,actors,source_title,source_url,source_quote\n' +
      payloads
        .map((p, i) =>
          [`x${i}`, '2019', p, p, p, p, p, p, 'javascript:window.__xss=1', p]
            .map((c) => `"${c.replaceAll('"', '""')}"`)
            .join(','),
        )
        .join('\n');
    const { result, report } = await load(csv);
    expect(report.loaded).toBe(3);
    result!.dataset.events.forEach((event) => {
      const p = payloads[Number(event.id.slice(1))]!;
      expect([event.title, event.summary, event.place, event.tags[0], event.actors[0]]).toEqual([
        p,
        p,
        p,
        p,
        p,
      ]);
      expect(event.sources).toEqual([{ title: p, quote: p }]);
    });
    expect(report.notes.map((n) => n.field)).toEqual([
      'sources[0].url',
      'sources[0].url',
      'sources[0].url',
    ]);
    expect(report.notes[0]!.reason).toContain('is not an http(s) link');
  });

  it.each([
    'data:text/html,<script>x</script>',
    'vbscript:msgbox(1)',
    'JaVaScRiPt:alert(1)',
    ' javascript:alert(1)',
  ])('makes no link of %j', async (url) => {
    const { result, report } = await load(
      JSON.stringify({
        events: [{ id: 'a', date: '2019', title: 'A', sources: [{ title: 'S', url }] }],
      }),
      'x.json',
    );
    expect(result!.dataset.events[0]!.sources).toEqual([{ title: 'S' }]);
    expect(report.notes).toHaveLength(1);
  });
});

describe('importDataset: inputs that break naive code get a clear message', () => {
  it.each([
    ['a 0-byte file', new Uint8Array(0), 'x.csv', /^The file is empty \(0 bytes\)\.$/],
    ['an empty (blank) file', '  \n\n ', 'x.csv', /blank/],
    [
      'a binary file renamed .csv',
      new Uint8Array([0x89, 0x50, 0x4e, 0x47, 13, 10, 26, 10, 0, 0, 0, 13, 73, 72, 68, 82]),
      'photo.csv',
      /PNG image, not a text file/,
    ],
    [
      'an Excel workbook',
      new Uint8Array([0x50, 0x4b, 3, 4, 20, 0, 6, 0]),
      'book.xlsx',
      /save the sheet as CSV/,
    ],
    [
      'a JSON array',
      '[{"id": "a", "date": "2019", "title": "A"}]',
      'x.json',
      /is a list \(\[…\]\), not a dataset/,
    ],
    [
      'deeply nested JSON',
      '{"events": ' + '['.repeat(50_000) + ']'.repeat(50_000) + '}',
      'x.json',
      /nested more than 64 levels/,
    ],
    [
      'broken JSON',
      '{"events": [',
      'x.json',
      /^The JSON is not valid: it ends too soon \(a bracket or a quote is not closed\)\.$/,
    ],
    ['bad JSON', '{"events": [}', 'x.json', /^The JSON is not valid: Unexpected token '}'\.$/],
    ['a web page', '<!doctype html><title>404</title>', 'data.csv', /a web page \(HTML\)/],
    ['a CSV without a date column', 'name,colour\nx,red\n', 'x.csv', /no date column/],
    ['a header and no rows', 'id,date,title\n', 'x.csv', /the file has no events/],
  ])('%s', async (_, input, fileName, message) => {
    const { result, report } = await load(input, fileName);
    expect(result).toBeNull();
    expect(report.failure).toMatch(message);
  });

  it('10,000 columns: loads, and names a few of the unused ones', async () => {
    const extra = Array.from({ length: 9_997 }, (_, i) => `c${i}`);
    const csv = [
      'id,date,title,' + extra.join(','),
      'a,2019,A,' + extra.map(() => 'x').join(','),
    ].join('\n');
    const { report } = await load(csv);
    expect(report.loaded).toBe(1);
    expect(report.messages).toContain(
      'Columns not used: "c0", "c1", "c2", "c3", "c4" and 9,992 more.',
    );
  });

  it('a 1 MB cell: the row is reported, the others load', async () => {
    const csv = `id,date,title,summary\na,2019,A,${'x'.repeat(1_048_576)}\nb,2019,B,short\n`;
    const { result, report } = await load(csv);
    expect(result!.dataset.events.map((e) => e.id)).toEqual(['b']);
    expect(report.problems).toEqual([
      {
        row: 2,
        id: 'a',
        field: 'summary',
        reason: 'is 1,048,576 characters long; Dateline keeps at most 20,000',
      },
    ]);
  });
});

describe('importDataset: places and progress', () => {
  const gazetteer = Gazetteer.parse(
    '[countries]\nLY\tLibya\n[cities]\nTobruk\tLY\t79\t32.090\t23.954\n',
  );

  it('loads the gazetteer only when a place has no coordinates, and marks what it placed', async () => {
    const loadGazetteer = vi.fn(async () => gazetteer);
    await load('id,date,title,place,lat,lon\na,2019,A,Tobruk,32,24\n', 'x.csv', loadGazetteer);
    expect(loadGazetteer).not.toHaveBeenCalled();
    const { result, report } = await load(
      'id,date,title,place\na,2019,A,"Tobruk, Libya"\nb,2019,B,Atlantis\n',
      'x.csv',
      loadGazetteer,
    );
    expect(loadGazetteer).toHaveBeenCalledOnce();
    const a = result!.dataset.events.find((e) => e.id === 'a')!;
    expect([a.lat, a.lon, a.locatedBy]).toEqual([32.09, 23.954, 'place-name']);
    expect(report.located).toBe(1);
    expect(report.notes).toMatchObject([{ row: 3, field: 'place', kept: true }]);
  });

  it('still loads when the gazetteer cannot be had, and says so', async () => {
    const { result, report } = await load('id,date,title,place\na,2019,A,Tobruk\n', 'x.csv', () =>
      Promise.reject(new Error('offline')),
    );
    expect(result!.dataset.events[0]!.lat).toBeUndefined();
    expect(report.messages[0]).toMatch(/gazetteer could not be loaded \(offline\), so 1 events/);
  });

  it('reports progress that only rises, and ends sorted in time', async () => {
    const rows = Array.from({ length: 12_000 }, (_, i) => `e${i},${2000 + (i % 20)},Event ${i}`);
    const seen: ImportProgress[] = [];
    const { result } = await importDataset(bytes(['id,date,title', ...rows].join('\n')), {
      fileName: 'big.csv',
      onProgress: (p) => seen.push(p),
    });
    const fractions = seen.map((p) => p.fraction);
    expect(fractions.length).toBeGreaterThan(5);
    for (let i = 1; i < fractions.length; i++)
      expect(fractions[i]!).toBeGreaterThanOrEqual(fractions[i - 1]!);
    expect(new Set(seen.map((p) => p.phase))).toEqual(new Set(['parsing', 'checking', 'indexing']));
    const starts = result!.dataset.events.map((e) => e.time.start);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
  });

  it('hands over each event as it is checked, and says where each went in time order', async () => {
    const csv = [
      'id,date,title',
      'c,2003,C',
      'bad,2003-13,Bad',
      'a,2001,A',
      'b,2002,B',
      'a,2004,A2',
    ];
    const checked: string[] = [];
    const { result, index } = await importDataset(bytes(csv.join('\n')), {
      fileName: 'order.csv',
      onEvent: (event) => checked.push(event.id),
    });
    expect(checked).toEqual(['c', 'a', 'b']);
    expect(result!.dataset.events.map((e) => e.id)).toEqual(['a', 'b', 'c']);
    expect([...index!.order].map((i) => checked[i])).toEqual(['a', 'b', 'c']);
    expect([...index!.starts]).toEqual(result!.dataset.events.map((e) => e.time.start));
    expect([...index!.ends]).toEqual(result!.dataset.events.map((e) => e.time.end));
  });

  it('takes the JSON depth scanned while reading, instead of scanning the text again', async () => {
    const json = JSON.stringify({ events: [{ id: 'a', date: '2019', title: 'A' }] });
    const trusted = await importDataset(bytes(json), { fileName: 'a.json', scannedJsonDepth: 3 });
    expect(trusted.result?.dataset.events).toHaveLength(1);
    const tooDeep = await importDataset(bytes(json), { fileName: 'a.json', scannedJsonDepth: 65 });
    expect(tooDeep.report.failure).toMatch(/nested more than 64 levels deep/);
  });

  it('gives the same events as the validator would, so the page can trust the worker', async () => {
    const { result } = await load(JSON.stringify(seed), 'events.json');
    const direct = validateDataset(seed).dataset.events;
    expect([...result!.dataset.events].sort((a, b) => a.id.localeCompare(b.id))).toEqual(
      [...direct].sort((a, b) => a.id.localeCompare(b.id)),
    );
  });
});

describe('importDataset: many rows', () => {
  it('reports 100,000 places it cannot find, and exports 100,000 events, without overflowing', async () => {
    const gazetteer = Gazetteer.parse('[cities]\nTobruk\tLY\t79\t32.090\t23.954\n');
    const rows = Array.from({ length: 100_000 }, (_, i) => `e${i},2019,E${i},Nowhere ${i}`);
    const { result, report } = await importDataset(
      bytes(['id,date,title,place', ...rows].join('\n')),
      {
        fileName: 'many.csv',
        loadGazetteer: async () => gazetteer,
      },
    );
    expect(report.loaded).toBe(100_000);
    expect(report.notes).toHaveLength(100_000);
    const { eventsToCsv } = await import('./eventsToCsv');
    expect(eventsToCsv(result!.dataset.events).split('\n')).toHaveLength(100_002);
  }, 60_000);
});
