import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { DatelineEvent } from '../event';
import { seededRandom } from '../testing/seededRandom';
import { Gazetteer } from './gazetteer';
import { importDataset, type ImportOutcome } from './importDataset';
import { importStream, type StreamImportOptions } from './importStream';

const encode = (text: string) => new TextEncoder().encode(text);

async function* chunksOf(bytes: Uint8Array, cuts: readonly number[]) {
  let from = 0;
  for (const cut of [...cuts, bytes.length]) {
    yield bytes.subarray(from, cut);
    from = cut;
  }
}

const gazetteer = Gazetteer.parse(
  '[countries]\nLY\tLibya\n[cities]\nTobruk\tLY\t79\t32.090\t23.954\n',
);

/**
 * Imports `bytes` whole and streamed (cut at `cuts`), with the events each handed over (those
 * since the last restart, streamed); and whether the stream handed events over before its end.
 */
async function both(
  bytes: Uint8Array,
  cuts: readonly number[],
  options: Partial<StreamImportOptions> = {},
) {
  const wholeEvents: DatelineEvent[] = [];
  const whole = await importDataset(bytes, {
    fileName: 'events.json',
    ...options,
    onEvent: (e) => wholeEvents.push(e),
  });
  let streamEvents: DatelineEvent[] = [];
  let restarts = 0;
  let early = false;
  let ended = false;
  const chunks = chunksOf(bytes, cuts);
  const streamed = await importStream(
    (async function* () {
      yield* chunks;
      ended = true;
    })(),
    {
      fileName: 'events.json',
      batchSize: 3,
      ...options,
      onEvent: (e) => {
        early ||= !ended;
        streamEvents.push(e);
      },
      onRestart: () => {
        restarts++;
        streamEvents = [];
      },
    },
  );
  return { whole, wholeEvents, streamed, streamEvents, restarts, early };
}

/** The outcome with its typed arrays as plain lists, for a deep comparison. */
const plain = (outcome: ImportOutcome) =>
  JSON.parse(
    JSON.stringify(outcome, (_, v: unknown) =>
      v instanceof Int32Array || v instanceof Float64Array ? [...v] : v,
    ),
  ) as unknown;

async function expectSame(text: string | Uint8Array, cuts: readonly number[] = []) {
  const bytes = typeof text === 'string' ? encode(text) : text;
  const run = await both(bytes, cuts, { loadGazetteer: async () => gazetteer });
  expect(plain(run.streamed)).toEqual(plain(run.whole));
  expect(run.streamEvents).toEqual(run.wholeEvents);
  return run;
}

const event = (id: string, extra: Record<string, unknown> = {}) => ({
  id,
  date: '2019-08-02',
  title: `Event ${id}`,
  ...extra,
});

const good = {
  title: ' Stream ',
  stories: [{ id: 's', title: 'S', steps: [{ event: 'b' }] }],
  events: [
    event('b', { date: '2018', tags: ['x', ' y', 'x'] }),
    event('bad', { date: '2019-13' }),
    event('a', { lat: 32, lon: 20, sources: [{ title: 'S', url: 'javascript:x' }] }),
    event('b', { date: '2020' }),
    event('p', { place: 'Tobruk' }),
    event('q', { place: 'Atlantis' }),
    event('long', { summary: 'x'.repeat(20_001) }),
    'not an object',
    event('c', { title: 'é "quoted" [brackets] {braces}, 𝔘', end: '2019-08-05' }),
  ],
};

describe('importStream', () => {
  it('streams a canonical JSON: the same outcome and events, handed over before the end', async () => {
    const text = JSON.stringify(good);
    const random = seededRandom(7);
    for (let round = 0; round < 40; round++) {
      const cuts = Array.from({ length: 6 }, () => Math.floor(random() * text.length)).sort(
        (a, b) => a - b,
      );
      const run = await expectSame(text, cuts);
      expect(run.restarts).toBe(0);
      expect(run.streamed.report.problems.length).toBeGreaterThan(0);
    }
    const oneByte = Array.from({ length: text.length }, (_, i) => i);
    const run = await expectSame(text, oneByte);
    expect(run.early).toBe(true);
  });

  it('reads the title and stories wherever they are, and spaces anywhere', async () => {
    const { events, ...rest } = good;
    await expectSame(JSON.stringify({ events, ...rest }));
    await expectSame(JSON.stringify({ events, ...rest }, null, 2));
    await expectSame(`\n {"events" :[ ${events.map((e) => JSON.stringify(e)).join(' ,\n')} ] } \n`);
  });

  it('gives the same report for an empty events list or one with only bad rows', async () => {
    await expectSame('{"title":"t","events":[]}');
    await expectSame('{"events":[ ]}');
    await expectSame('{"events":[1, "x"]}');
  });

  it('says the same when the gazetteer cannot be had, counting every batch', async () => {
    const text = JSON.stringify({
      events: [1, 2, 3, 4, 5].map((i) => event(`e${i}`, { place: 'Tobruk' })),
    });
    const run = await both(encode(text), [20, 60], {
      loadGazetteer: () => Promise.reject(new Error('offline')),
    });
    expect(plain(run.streamed)).toEqual(plain(run.whole));
    expect(run.streamed.report.messages).toEqual([
      'The gazetteer could not be loaded (offline), so 5 events with a place but no coordinates are not on the map.',
    ]);
  });

  it.each([
    ['invalid JSON in an event', '{"events":[{"id":"a","date":"2019","title":"A"},{"id": b}]}'],
    ['invalid JSON after the events', '{"events":[{"id":"a","date":"2019","title":"A"}], title}'],
    ['a missing end', '{"events":[{"id":"a","date":"2019","title":"A"},'],
    ['a trailing comma', '{"events":[{"id":"a","date":"2019","title":"A"},]}'],
    ['text after the object', '{"events":[{"id":"a","date":"2019","title":"A"}]} x'],
    ['a byte-order mark', '\uFEFF{"events":[{"id":"a","date":"2019","title":"A"}]}'],
    ['two events lists', '{"events":[{"id":"a","date":"2019","title":"A"}],"events":[]}'],
    ['events that are not a list', '{"events":{"id":"a"}}'],
    ['no events', '{"title":"x"}'],
    ['a list', '[{"id":"a","date":"2019","title":"A"}]'],
    [
      'GeoJSON with events',
      '{"events":[{"id":"a","date":"2019","title":"A"}],"type":"FeatureCollection","features":[]}',
    ],
    ['a TimelineJS file', '{"events":[{"start_date":{"year":2019},"text":{"headline":"A"}}]}'],
    [
      'a TimelineJS title',
      '{"events":[{"id":"a","date":"2019","title":"A"}],"title":{"text":{"headline":"T"}}}',
    ],
    [
      'nesting too deep',
      `{"events":[{"id":"a","date":"2019","title":"A","x":${'['.repeat(70)}${']'.repeat(70)}}]}`,
    ],
    ['CSV', 'id,date,title\na,2019,A\n'],
    ['nothing', ''],
    ['spaces', '   '],
  ])('reads %s whole, as before, taking back what it streamed', async (_, text) => {
    for (const cuts of [[], [1], [text.length >> 1], [10, 30, 50].filter((c) => c < text.length)])
      await expectSame(text, cuts);
  });

  it('takes back what it streamed when the file turns out not to stream', async () => {
    const events = Array.from({ length: 10 }, (_, i) => event(`e${i}`));
    const run = await expectSame(`${JSON.stringify({ events }).slice(0, -1)}, oops}`, [40, 200]);
    expect(run.restarts).toBe(1);
    expect(run.whole.report.failure).toMatch(/The JSON is not valid: .* line 1, column/);
  });

  it('reads bytes that are not UTF-8 whole, as Windows-1252', async () => {
    const bytes = encode('{"events":[{"id":"a","date":"2019","title":"Caf?"}]}');
    bytes[bytes.indexOf(63)] = 0xe9; // "é" in Windows-1252
    const run = await expectSame(bytes, [5, 30]);
    expect(run.streamed.report.messages[0]).toMatch(/not UTF-8/);
  });

  it('reads text that looks binary whole, so it is refused as before', async () => {
    const dels = '\u007f'.repeat(200);
    const run = await expectSame(`{"events":[{"id":"a","date":"2019","title":"${dels}"}]}`, [50]);
    expect(run.streamed.report.failure).toMatch(/binary/);
  });

  it('matches the whole import on random datasets cut at random places', async () => {
    const text = fc.oneof(
      fc.constantFrom('', ' ', 'é', '"', '\\', '[', ']', '{', '}', ',', ':', '𝔘', 'Tobruk'),
      fc.string({ maxLength: 6 }),
    );
    const field = fc.oneof(text, fc.integer({ min: -200, max: 200 }), fc.constant(null));
    const record = fc.oneof(
      fc.record(
        {
          id: fc.constantFrom('a', 'b', 'c', ' a', 'd'),
          date: fc.constantFrom('2019', '2019-08', '2019-08-02', '2019-13', 'x'),
          end: fc.constantFrom('2020', '2018'),
          title: text,
          place: fc.constantFrom('Tobruk', 'Atlantis', ''),
          lat: field,
          lon: field,
          tags: fc.array(field, { maxLength: 3 }),
          sources: fc.array(fc.record({ title: text, url: text }), { maxLength: 2 }),
        },
        { requiredKeys: ['id', 'date', 'title'] },
      ),
      field,
    );
    await fc.assert(
      fc.asyncProperty(
        fc.record({ title: text, events: fc.array(record, { maxLength: 12 }), stories: field }),
        fc.array(fc.nat(), { maxLength: 6 }),
        fc.boolean(),
        async (dataset, rawCuts, spaced) => {
          const bytes = encode(JSON.stringify(dataset, null, spaced ? 1 : undefined));
          const cuts = rawCuts.map((c) => c % (bytes.length + 1)).sort((a, b) => a - b);
          const run = await expectSame(bytes, cuts);
          expect(run.restarts).toBe(0);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('reports reading progress that only rises while events stream', async () => {
    const events = Array.from({ length: 12_000 }, (_, i) =>
      event(`e${i}`, { summary: 's'.repeat(300) }),
    );
    const bytes = encode(JSON.stringify({ events }));
    const cuts = Array.from({ length: 20 }, (_, i) => Math.floor(((i + 1) * bytes.length) / 21));
    const fractions: number[] = [];
    await importStream(chunksOf(bytes, cuts), {
      fileName: 'e.json',
      total: bytes.length,
      onProgress: (p) => fractions.push(p.fraction),
    });
    expect(fractions.length).toBeGreaterThan(2);
    expect(fractions).toEqual([...fractions].sort((a, b) => a - b));
    expect(Math.max(...fractions)).toBeGreaterThan(0.5);
  });
});
