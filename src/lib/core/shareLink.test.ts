import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  changedParams,
  decodeShareLink,
  DEFAULT_SHARE_STATE,
  encodeShareLink,
  linkedDataUrl,
  mapDecimals,
  type ShareContext,
  type ShareState,
} from './shareLink';

const tags = ['INF treaty', 'Libya', 'Russia–Libya relations', 'a,b & c=d', 'ünïcødé/+%'];
const actors = ['Khalifa Haftar', 'Sergei Shoigu', 'United Nations'];
const eventIds = ['inf-us-withdrawal', 'haftar-kuznetsov-tobruk', 'id with spaces&=?'];
const context: ShareContext = {
  eventIds: new Set(eventIds),
  tags: new Set(tags),
  actors: new Set(actors),
  storyIds: new Set(['time', 'russia-libya-inf']),
};

const DAY = 86_400_000;
/** Instants the link writes exactly: whole minutes from year 1 to 9999. */
const instant = fc
  .integer({ min: -62_135_596_800_000 / 60_000, max: 253_402_214_400_000 / 60_000 })
  .map((m) => m * 60_000);
const fixed = (min: number, max: number, decimals: number) =>
  fc
    .integer({ min: min * 10 ** decimals, max: max * 10 ** decimals })
    .map((n) => n / 10 ** decimals);

const shareState: fc.Arbitrary<ShareState> = fc
  .record({
    range: fc.option(fc.tuple(instant, instant).filter(([a, b]) => a < b)),
    t: fc.option(instant),
    mode: fc.constantFrom('cumulative' as const, 'window' as const),
    window: fc.integer({ min: 1, max: 3650 }),
    tags: fc.uniqueArray(fc.constantFrom(...tags)),
    actors: fc.uniqueArray(fc.constantFrom(...actors)),
    q: fc.string({ maxLength: 40 }),
    event: fc.option(fc.constantFrom(...eventIds)),
    map: fc.option(fc.integer({ min: 0, max: 36 }).map((z) => z / 2)).chain((zoom) =>
      zoom === null
        ? fc.constant(null)
        : fc.record({
            zoom: fc.constant(zoom),
            lat: fixed(-85, 85, mapDecimals(zoom)),
            lon: fixed(-180, 180, mapDecimals(zoom)),
          }),
    ),
    ring: fc.record({ lat: fixed(-90, 90, 4), lon: fixed(-180, 180, 4) }),
    band: fc
      .tuple(fc.integer({ min: 0, max: 19_999 }), fc.integer({ min: 1, max: 20_000 }))
      .filter(([a, b]) => a < b),
    showband: fc.boolean(),
    inband: fc.boolean(),
    data: fc.option(fc.constantFrom('https://example.org/data.json?x=1&y=2', '/data/events.json')),
    speed: fc.constantFrom(
      'day' as const,
      'week' as const,
      'month' as const,
      'year' as const,
      'event' as const,
    ),
    loop: fc.boolean(),
    lanes: fc.constantFrom('none' as const, 'tags' as const, 'actors' as const),
    view: fc.option(fc.tuple(instant, instant).filter(([a, b]) => a < b)),
    story: fc.option(fc.constantFrom('time', 'russia-libya-inf')),
    step: fc.integer({ min: 1, max: 500 }),
  })
  .map(({ range, ...rest }) => ({
    ...rest,
    from: range?.[0] ?? null,
    to: range?.[1] ?? null,
    q: rest.q,
  }));

describe('encodeShareLink / decodeShareLink', () => {
  it('writes nothing for the default view', () => {
    expect(encodeShareLink(DEFAULT_SHARE_STATE)).toBe('');
  });

  it('round-trips every valid state', () => {
    fc.assert(
      fc.property(shareState, (state) => {
        const { state: back, problems } = decodeShareLink(encodeShareLink(state), context);
        expect(problems).toEqual([]);
        expect(back).toEqual({ ...state, q: state.q.slice(0, 500) });
      }),
      { numRuns: 500 },
    );
  });

  it('never throws on junk and reports what it ignored', () => {
    const junk = fc.oneof(
      fc.string(),
      fc
        .array(
          fc.tuple(
            fc.constantFrom(
              'from',
              'to',
              't',
              'map',
              'band',
              'ring',
              'tags',
              'event',
              'q',
              'x',
              '%E0%A4%A',
            ),
            fc.string(),
          ),
          {
            maxLength: 8,
          },
        )
        .map((pairs) => pairs.map(([k, v]) => `${k}=${v}`).join('&')),
    );
    fc.assert(
      fc.property(junk, (search) => {
        const { state, problems } = decodeShareLink(search, context);
        expect(state).toBeDefined();
        expect(Array.isArray(problems)).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });

  it('writes dates as UTC dates, and date-times only when needed', () => {
    const link = encodeShareLink({
      ...DEFAULT_SHARE_STATE,
      from: Date.UTC(2017, 0, 9),
      to: Date.UTC(2017, 0, 16),
      t: Date.UTC(2017, 0, 10, 14, 30),
    });
    expect(link).toBe('from=2017-01-09&to=2017-01-16&t=2017-01-10T14:30Z');
  });

  it('keeps links readable', () => {
    const link = encodeShareLink({
      ...DEFAULT_SHARE_STATE,
      tags: ['INF treaty', 'Libya'],
      q: 'Haftar',
      map: { zoom: 4.5, lat: 33.123456, lon: 14.987654 },
      ring: { lat: 32.0836, lon: 23.9764 },
      band: [0, 3000],
    });
    expect(link).toBe(
      'tags=INF+treaty,Libya&q=Haftar&map=4.5/33.12/14.99&ring=32.0836,23.9764&band=0-3000',
    );
  });

  it.each([
    ['event=nope', 'event', "no event 'nope'"],
    ['from=2019-13-40&to=2020-01-01', 'from', 'is not a date'],
    ['map=abc', 'map', 'is not zoom/lat/lon'],
    ['map=4/95/10', 'map', 'outside the map'],
    ['band=9000-10', 'band', 'needs 0 ≤ inner < outer'],
    ['tags=Nope', 'tags', "no tag 'Nope'"],
    ['ring=91,0', 'ring', 'outside'],
    ['mode=fast', 'mode', "is not 'cumulative' or 'window'"],
    ['data=javascript:alert(1)', 'data', 'is not an http(s) link'],
    ['from=2020-01-01&to=2019-01-01', 'from', 'is not before to'],
    ['from=2020-01-01', 'from', 'needs both'],
    ['utm_source=x', 'utm_source', 'is not a Dateline parameter'],
    ['q=a&q=b', 'q', 'appears more than once'],
    ['q=' + 'x'.repeat(5000), 'q', 'longer than'],
    ['story=nope', 'story', "no story 'nope'"],
    ['step=0', 'step', 'is not a step number'],
    ['speed=warp', 'speed', 'is not one of'],
    ['view=2019~2018', 'view', 'is not start~end'],
    ['event=%E0%A4%A', 'event', 'not readable'],
  ])('ignores a bad part (case %#)', (search, param, reason) => {
    const { state, problems } = decodeShareLink(`${search}&actors=Sergei+Shoigu`, context);
    expect(problems[0]!.param).toBe(param);
    expect(problems[0]!.reason).toContain(reason);
    expect(state.actors).toEqual(['Sergei Shoigu']); // the rest still applies
  });

  it('keeps the known tags of a partly unknown list', () => {
    const { state, problems } = decodeShareLink('tags=Libya,Nope', context);
    expect(state.tags).toEqual(['Libya']);
    expect(problems).toEqual([{ param: 'tags', reason: "no tag 'Nope' in this dataset" }]);
  });

  it('names the parameters that changed', () => {
    expect([...changedParams('a=1&b=2', 'a=1&b=3&c=4')].sort()).toEqual(['b', 'c']);
  });

  it('writes a day at day precision', () => {
    expect(encodeShareLink({ ...DEFAULT_SHARE_STATE, t: 5 * DAY })).toBe('t=1970-01-06');
  });
});

describe('linkedDataUrl', () => {
  it('reads the dataset a link names before any dataset is loaded', () => {
    const search = `?tags=Libya&data=${encodeURIComponent('https://example.org/a.json?x=1&y=2')}&event=x`;
    expect(linkedDataUrl(search)).toBe('https://example.org/a.json?x=1&y=2');
    expect(linkedDataUrl('data=%2Fdata%2Fevents.json')).toBe('/data/events.json');
  });

  it('is null without one, or for a link that is not http(s)', () => {
    expect(linkedDataUrl('')).toBeNull();
    expect(linkedDataUrl('?tags=Libya')).toBeNull();
    expect(linkedDataUrl('?data=javascript:alert(1)')).toBeNull();
  });
});
