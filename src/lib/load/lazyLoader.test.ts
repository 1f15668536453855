import { describe, expect, it } from 'vitest';
import { AppState } from '../state/appState.svelte';
import { LazyLoader, type LoadUi } from './lazyLoader.svelte';
import { LoadController } from './loadController.svelte';

/** A controller that records what it is asked to load instead of starting a worker. */
class RecordingController extends LoadController {
  asked: string[] = [];
  override loadFile(file: File) {
    this.asked.push(`file ${file.name}`);
    return Promise.resolve(null);
  }
  override loadUrl(url: string) {
    this.asked.push(`url ${url}`);
    return Promise.resolve(null);
  }
}

/** Stands in for the chunk fetch: fails the first `failures` times, then hands out one UI. */
function fetcher(app: AppState, failures = 0) {
  const controller = new RecordingController(app);
  const ui = { controller, Status: (() => {}) as unknown as LoadUi['Status'] };
  let calls = 0;
  const fetchUi = () => {
    calls++;
    return calls <= failures ? Promise.reject(new Error('offline')) : Promise.resolve(ui);
  };
  return { controller, ui, fetchUi, calls: () => calls };
}

describe('LazyLoader', () => {
  it('fetches the load UI on the first load only, and hands the load to its controller', async () => {
    const app = new AppState();
    const parts = fetcher(app);
    const loader = new LazyLoader(app, parts.fetchUi);
    expect(loader.ui).toBeNull();
    await loader.loadFile(new File(['id'], 'events.csv'));
    await loader.loadUrl('https://example.org/data.json');
    expect(loader.ui).toBe(parts.ui);
    expect(parts.controller.asked).toEqual([
      'file events.csv',
      'url https://example.org/data.json',
    ]);
    expect(parts.calls()).toBe(1);
  });

  it('says so when the code does not arrive, leaves the data, and tries again next time', async () => {
    const app = new AppState();
    app.load({ title: 'Seed', events: [{ id: 'a', date: '2019', title: 'A' }] });
    const parts = fetcher(app, 1);
    const loader = new LazyLoader(app, parts.fetchUi);
    await loader.loadUrl('https://example.org/data.json');
    expect(loader.ui).toBeNull();
    expect(app.notices.map((n) => n.kind)).toEqual(['error']);
    expect(app.notices[0]?.text).toContain('https://example.org/data.json could not be loaded');
    expect(app.dataset.title).toBe('Seed');
    await loader.loadUrl('https://example.org/data.json');
    expect(parts.controller.asked).toEqual(['url https://example.org/data.json']);
    expect(parts.calls()).toBe(2);
  });
});
