import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { adoptEarlyImport, startEarlyImport } from './earlyImport';

/** Stands in for the import worker: records what it is asked; `reply` answers as it would. */
class FakeWorker {
  static created: FakeWorker[] = [];
  posted: unknown[] = [];
  onmessage: ((event: MessageEvent) => void) | null = null;
  onerror: ((event: Event) => void) | null = null;
  constructor() {
    FakeWorker.created.push(this);
  }
  postMessage(message: unknown) {
    this.posted.push(message);
  }
  reply(data: unknown) {
    this.onmessage?.(new MessageEvent('message', { data }));
  }
}

describe('early import', () => {
  beforeEach(() => {
    FakeWorker.created = [];
    vi.stubGlobal('Worker', FakeWorker);
    vi.stubGlobal('document', { baseURI: 'https://example.org/app/?data=x' });
  });
  afterEach(() => {
    adoptEarlyImport('https://example.org/app/data.json'); // none left over for the next test
    vi.unstubAllGlobals();
  });

  it('starts the worker on the link’s URL and keeps its replies for whoever takes it over', () => {
    startEarlyImport('data.json');
    const worker = FakeWorker.created[0]!;
    expect(worker.posted).toEqual([{ type: 'url', url: 'https://example.org/app/data.json' }]);
    worker.reply({ type: 'progress', n: 1 });
    worker.reply({ type: 'events', n: 2 });

    expect(adoptEarlyImport('https://example.org/other.json')).toBeNull();
    const early = adoptEarlyImport('https://example.org/app/data.json')!;
    expect(early.worker).toBe(worker);
    const seen: unknown[] = [];
    early.worker.onmessage = (event) => seen.push(event.data);
    early.replay();
    worker.reply({ type: 'done', n: 3 });
    expect(seen).toEqual([
      { type: 'progress', n: 1 },
      { type: 'events', n: 2 },
      { type: 'done', n: 3 },
    ]);
    // Taken once.
    expect(adoptEarlyImport('https://example.org/app/data.json')).toBeNull();
  });

  it('leaves links that are not http(s) to the load code to refuse', () => {
    startEarlyImport('javascript:alert(1)');
    startEarlyImport('data:application/json,{}');
    expect(FakeWorker.created).toEqual([]);
  });
});
