import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  distancesFrom,
  eventSearchText,
  facetIndex,
  searchOrder,
  searchTexts,
  validateDataset,
  warmSearchTexts,
  type DatelineEvent,
} from '../core';
import { markerPoints } from '../core/markerPoints';
import { EventPacker } from '../core/packedEvents';
import type { ImportOutcome } from '../core/import';
import { AppState } from '../state/appState.svelte';
import type { ImportReply, ImportRequest, PreparedIndex } from './importMessages';
import { startEarlyImport } from './earlyImport';
import { LoadController, PROGRESS_EVERY_MS } from './loadController.svelte';

/** A stand-in for the import worker: records what it is asked and answers when told. */
class FakeWorker {
  requests: ImportRequest[] = [];
  terminated = false;
  onmessage: ((event: MessageEvent<ImportReply>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  postMessage(request: ImportRequest) {
    this.requests.push(request);
  }
  terminate() {
    this.terminated = true;
  }
  reply(data: ImportReply) {
    this.onmessage?.(new MessageEvent('message', { data }));
  }
}

const seedLike = { title: 'Before', events: [{ id: 'old', date: '2019', title: 'Old' }] };
const imported = validateDataset({
  title: 'After',
  events: [{ id: 'new', date: '2020', title: 'New' }],
});
const outcome = (loaded = 1): ImportOutcome => ({
  // As the worker sends it: the events went ahead in `events` messages.
  result: loaded ? { ...imported, dataset: { ...imported.dataset, events: [] } } : null,
  report: {
    source: 'https://example.org/data.json',
    format: 'dateline-json',
    unit: 'event',
    found: 1,
    loaded,
    located: 0,
    problems: [],
    notes: [],
    messages: [],
    ...(loaded ? {} : { failure: 'none of its 1 events could be loaded.' }),
  },
});

function setup() {
  const app = new AppState();
  app.load(seedLike);
  const workers: FakeWorker[] = [];
  const loader = new LoadController(app, () => {
    const worker = new FakeWorker();
    workers.push(worker);
    return worker as unknown as Worker;
  });
  return { app, loader, workers };
}

describe('LoadController', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('loads a URL in a worker, shows progress, then the data and its report', async () => {
    vi.useFakeTimers();
    const { app, loader, workers } = setup();
    const done = loader.loadUrl('https://example.org/data.json');
    expect(workers[0]!.requests).toEqual([{ type: 'url', url: 'https://example.org/data.json' }]);
    expect(loader.loading?.progress).toEqual({ phase: 'reading', fraction: 0 });
    // Progress shows at most every PROGRESS_EVERY_MS: the newest then, the ones between skipped.
    workers[0]!.reply({ type: 'progress', progress: { phase: 'reading', fraction: 0.1 } });
    workers[0]!.reply({ type: 'progress', progress: { phase: 'parsing', fraction: 0.4 } });
    expect(loader.loading?.progress).toEqual({ phase: 'reading', fraction: 0 });
    vi.advanceTimersByTime(PROGRESS_EVERY_MS);
    expect(loader.loading).toEqual({
      source: 'https://example.org/data.json',
      progress: { phase: 'parsing', fraction: 0.4 },
      events: 0,
    });
    // The events come packed, in chunks, then the outcome without them; the count shows.
    workers[0]!.reply({ type: 'events', events: new EventPacker().pack(imported.dataset.events) });
    vi.advanceTimersByTime(PROGRESS_EVERY_MS);
    expect(loader.loading?.events).toBe(1);
    expect(app.dataset.title).toBe('Before');
    vi.useRealTimers();
    workers[0]!.reply({ type: 'done', outcome: outcome() });
    const report = await done;
    expect(report?.loaded).toBe(1);
    expect(app.dataset.events.map((e) => e.id)).toEqual(['new']);
    expect(loader.loading).toBeNull();
    expect(workers[0]!.terminated).toBe(true);
    expect(app.dataset.title).toBe('After');
    expect(app.dataUrl).toBe('https://example.org/data.json');
    expect(app.dataFile).toBeNull();
  });

  it('puts the events in time order and uses the index the worker built', async () => {
    const { app, loader, workers } = setup();
    const done = loader.loadFile(new File(['…'], 'three.json'));
    const checked = validateDataset({
      events: [
        { id: 'c', date: '2003', title: 'C', tags: ['x'] },
        { id: 'a', date: '2001', title: 'A', tags: ['y', 'x'], lat: 32.08, lon: 23.96 },
        { id: 'b', date: '2002', title: 'B', actors: ['Z'] },
      ],
    }).dataset.events;
    // As the worker sends them: in the order checked, two chunks, then the time order.
    const packer = new EventPacker();
    workers[0]!.reply({ type: 'events', events: packer.pack(checked, 0, 2) });
    workers[0]!.reply({ type: 'events', events: packer.pack(checked, 2, 3) });
    const sorted: DatelineEvent[] = [checked[1]!, checked[2]!, checked[0]!];
    const prepared: PreparedIndex = {
      order: Int32Array.from([1, 2, 0]),
      starts: Float64Array.from(sorted, (e) => e.time.start),
      ends: Float64Array.from(sorted, (e) => e.time.end),
    };
    const base = outcome();
    base.result!.dataset = { title: 'Three', events: [] };
    base.result!.problems = [];
    workers[0]!.reply({ type: 'done', outcome: base, prepared });
    await done;
    expect(app.dataset.events).toEqual(sorted);
    expect(app.index.events).toBe(app.dataset.events);
    expect([...app.index.starts]).toEqual([...prepared.starts]);
    expect(app.eventsById.get('b')).toBe(app.dataset.events[1]);
    // Where they are was worked out as they came: the same distances as from the events.
    expect([...app.distancesKm]).toEqual([...distancesFrom(app.band.center, sorted)]);
    expect(markerPoints(app.index).located).toBe(1);
    // So were the search texts: ready, by position, for the first keystroke, and read in the
    // order they were made (as received: c, a, b).
    expect(warmSearchTexts(app.index, () => 0)).toBe(true);
    expect(searchTexts(app.index)).toEqual(sorted.map(eventSearchText));
    expect([...searchOrder(app.index)!]).toEqual([2, 0, 1]);
    expect(app.filtered.map((e) => e.id)).toEqual(['a', 'b', 'c']);
    // The chips' facet index was built as the events came, in time order.
    expect(facetIndex(app.index, 'tags').values).toEqual(['y', 'x']);
    app.toggleTag('x');
    expect(app.filtered.map((e) => e.id)).toEqual(['a', 'c']);
    expect(app.dataFile).toBe('three.json');
  });

  it('takes over the worker a data= link started before it, with what it answered meanwhile', async () => {
    vi.stubGlobal('document', { baseURI: 'https://example.org/' });
    try {
      const early: FakeWorker[] = [];
      const Recorded = class extends FakeWorker {
        constructor() {
          super();
          early.push(this);
        }
      };
      vi.stubGlobal('Worker', Recorded);
      startEarlyImport('data.json');
      early[0]!.reply({ type: 'events', events: new EventPacker().pack(imported.dataset.events) });
      const { app, loader, workers } = setup();
      const done = loader.loadUrl('https://example.org/data.json');
      expect(workers).toEqual([]); // no second worker, and the request was not sent again
      expect(early[0]!.requests).toEqual([{ type: 'url', url: 'https://example.org/data.json' }]);
      early[0]!.reply({ type: 'done', outcome: outcome() });
      expect((await done)?.loaded).toBe(1);
      expect(app.dataset.events.map((e) => e.id)).toEqual(['new']);
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('forgets the events sent before a restart (a file read again whole)', async () => {
    const { app, loader, workers } = setup();
    const done = loader.loadUrl('https://example.org/data.json');
    const stale = validateDataset({ events: [{ id: 'stale', date: '2018', title: 'Stale' }] });
    workers[0]!.reply({ type: 'events', events: new EventPacker().pack(stale.dataset.events) });
    workers[0]!.reply({ type: 'restart' });
    workers[0]!.reply({ type: 'events', events: new EventPacker().pack(imported.dataset.events) });
    workers[0]!.reply({ type: 'done', outcome: outcome() });
    await done;
    expect(app.dataset.events.map((e) => e.id)).toEqual(['new']);
    expect(app.eventsById.has('stale')).toBe(false);
  });

  it('keeps the data on screen when nothing loaded', async () => {
    const { app, loader, workers } = setup();
    const done = loader.loadUrl('https://example.org/data.json');
    workers[0]!.reply({ type: 'done', outcome: outcome(0) });
    expect((await done)?.failure).toMatch(/none of its 1 events/);
    expect(app.dataset.title).toBe('Before');
    expect(loader.report?.failure).toBeTruthy();
  });

  it('Cancel ends the worker; a late answer changes nothing', async () => {
    const { app, loader, workers } = setup();
    const done = loader.loadUrl('https://example.org/data.json');
    workers[0]!.reply({ type: 'events', events: new EventPacker().pack(imported.dataset.events) });
    loader.cancel();
    expect(await done).toBeNull();
    expect(workers[0]!.terminated).toBe(true);
    expect(loader.cancelled).toBe(
      'Loading https://example.org/data.json was cancelled; the data on screen is unchanged.',
    );
    workers[0]!.reply({ type: 'done', outcome: outcome() });
    expect(app.dataset.title).toBe('Before');
    expect(loader.report).toBeNull();
  });

  it('asked for the URL it is loading, joins that load instead of starting again', async () => {
    const { loader, workers } = setup();
    const first = loader.loadUrl('https://example.org/data.json');
    const again = loader.loadUrl('https://example.org/data.json');
    expect(again).toBe(first);
    expect(workers).toHaveLength(1);
    workers[0]!.reply({ type: 'done', outcome: outcome(0) });
    expect((await again)?.failure).toBeTruthy();
    // Once done, the same URL loads afresh.
    void loader.loadUrl('https://example.org/data.json');
    expect(workers).toHaveLength(2);
  });

  it('a new load replaces one under way', async () => {
    const { loader, workers } = setup();
    const first = loader.loadUrl('https://example.org/a.json');
    void loader.loadUrl('https://example.org/b.json');
    expect(await first).toBeNull();
    expect(workers[0]!.terminated).toBe(true);
    expect(workers[1]!.requests).toEqual([{ type: 'url', url: 'https://example.org/b.json' }]);
  });

  it('reports a failure the worker sends', async () => {
    const { loader, workers } = setup();
    const done = loader.loadUrl('https://example.org/missing.json');
    workers[0]!.reply({
      type: 'failed',
      source: 'https://example.org/missing.json',
      message: 'The server answered 404 Not Found.',
    });
    expect((await done)?.failure).toBe('The server answered 404 Not Found.');
  });

  it.each(['javascript:alert(1)', 'data:application/json,{}', 'file:///etc/passwd'])(
    'refuses to load %s',
    async (url) => {
      const { loader, workers } = setup();
      expect((await loader.loadUrl(url))?.failure).toBe('only http(s) links can be loaded.');
      expect(workers).toHaveLength(0);
    },
  );
});
