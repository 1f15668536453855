// Direct module imports keep the parsers out of the page's bundle: they live in the worker.
import { absoluteUrl } from '../core/absoluteUrl';
import { importProgress, type ImportProgress } from '../core/import/importProgress';
import { describeProblem, failedReport, type LoadReport } from '../core/import/loadReport';
import type { DatelineEvent } from '../core';
import { EventUnpacker } from '../core/packedEvents';
import { FacetCollector } from '../core/facetCollector';
import { PlaceCollector } from '../core/placeCollector';
import { eventSearchTexts } from '../core/searchText';
import type { AppState } from '../state/appState.svelte';
import type { ImportReply, ImportRequest } from './importMessages';
import { adoptEarlyImport, createImportWorker } from './earlyImport';
import { stageLoad } from './stageLoad';

/** A load under way: what is being read and how far it is. */
export interface LoadInProgress {
  source: string;
  progress: ImportProgress;
  /** Events received so far (they stream in while a canonical JSON downloads). */
  events: number;
}

type WorkerFactory = () => Worker;

/**
 * The progress of a load is shown at most this often. Shown on every message of a 100,000-event
 * load (about 140), each change restyled, laid out and repainted the page while the worker
 * needed the processor, and the status region a screen reader follows changed as often.
 */
export const PROGRESS_EVERY_MS = 250;

/**
 * Loads a file or a URL in a Web Worker (one per load) and hands the checked dataset to the
 * app state. Holds what the load UI shows: the progress of the load under way and the report
 * of the last one. Cancel terminates the worker, so nothing of that load reaches the page and
 * the dataset on screen stays as it was.
 */
export class LoadController {
  loading = $state.raw<LoadInProgress | null>(null);
  /** The last load's report, until dismissed. */
  report = $state.raw<LoadReport | null>(null);
  /** Said after Cancel, until the next load or dismissal. */
  cancelled = $state<string | null>(null);

  private worker: Worker | null = null;
  /** The progress not shown yet, its timer, and when it was last shown (see PROGRESS_EVERY_MS). */
  private nextLoading: LoadInProgress | null = null;
  private progressTimer: ReturnType<typeof setTimeout> | null = null;
  private shownAt = -Infinity;
  private settle: ((report: LoadReport | null) => void) | null = null;
  /** The URL being loaded and its outcome, for a second call with the same URL to join. */
  private pendingUrl: { url: string; done: Promise<LoadReport | null> } | null = null;

  constructor(
    private readonly app: AppState,
    private readonly createWorker: WorkerFactory = createImportWorker,
  ) {}

  /** Loads a file the person picked or dropped; filters are reset for the new data. */
  loadFile(file: File): Promise<LoadReport | null> {
    return this.start({ type: 'file', file }, file.name);
  }

  /** Loads the dataset at `url` (relative to the page, or any https URL that allows CORS). */
  loadUrl(url: string): Promise<LoadReport | null> {
    const absolute = absoluteUrl(url, globalThis.document?.baseURI) ?? url;
    if (!/^https?:/i.test(absolute)) {
      const report: LoadReport = failedReport(url, 'only http(s) links can be loaded.');
      this.report = report;
      return Promise.resolve(report);
    }
    // Asked again while it loads (a `data=` link is started before the page is up, then
    // opened), the load under way is the answer.
    if (this.loading && this.pendingUrl?.url === absolute) return this.pendingUrl.done;
    const done = this.start({ type: 'url', url: absolute }, absolute);
    this.pendingUrl = { url: absolute, done };
    return done;
  }

  cancel(): void {
    if (!this.loading) return;
    const source = this.loading.source;
    this.stop();
    this.cancelled = `Loading ${source} was cancelled; the data on screen is unchanged.`;
    this.finish(null);
  }

  dismiss(): void {
    this.report = null;
    this.cancelled = null;
  }

  private start(request: ImportRequest, source: string): Promise<LoadReport | null> {
    if (this.loading) this.cancel();
    this.report = null;
    this.cancelled = null;
    this.loading = { source, progress: importProgress('reading', 0), events: 0 };
    this.shownAt = performance.now();
    // A `data=` link's load may have started before this code arrived: its worker is taken over.
    const early = request.type === 'url' ? adoptEarlyImport(request.url) : null;
    const worker = (this.worker = early?.worker ?? this.createWorker());
    const done = new Promise<LoadReport | null>((resolve) => (this.settle = resolve));
    // The events as the worker checked them, unpacked a chunk per message; by id, and where they
    // are (distances from the launch point as it is now), worked out meanwhile. Started afresh
    // when the worker restarts (a file that did not stream, read again whole).
    const { lat, lon } = this.app.band.center;
    const fresh = () => ({
      received: [] as DatelineEvent[],
      // Built once per load and handed to the app state, never mutated after: a plain Map.
      // eslint-disable-next-line svelte/prefer-svelte-reactivity
      byId: new Map<string, DatelineEvent>(),
      places: new PlaceCollector({ lat, lon }),
      tags: new FacetCollector('tags'),
      actors: new FacetCollector('actors'),
      unpacker: new EventUnpacker(),
      texts: [] as string[],
    });
    let { received, byId, places, tags, actors, unpacker, texts } = fresh();
    worker.onmessage = ({ data }: MessageEvent<ImportReply>) => {
      if (worker !== this.worker) return;
      if (data.type === 'progress') {
        this.showProgress({ source, progress: data.progress, events: received.length });
        return;
      }
      if (data.type === 'restart') {
        ({ received, byId, places, tags, actors, unpacker, texts } = fresh());
        this.showProgress({ ...this.latestLoading(), events: 0 });
        return;
      }
      if (data.type === 'events') {
        const from = received.length;
        unpacker.unpack(data.events, received, (event) => {
          byId.set(event.id, event);
          places.add(event);
          tags.add(event);
          actors.add(event);
        });
        // The search texts too, a chunk at a time while the worker checks the rest, so the
        // first keystroke after a big load does not build them all.
        for (const text of eventSearchTexts(received, from)) texts.push(text);
        this.showProgress({ ...this.latestLoading(), events: received.length });
        return;
      }
      if (data.type === 'failed') {
        this.stop();
        this.finish(failedReport(data.source, data.message));
        return;
      }
      const { result, report, stories } = data.outcome;
      if (!result) {
        this.stop();
        this.finish(report);
        return;
      }
      // The events in time order and what the views need of them, a step per task, so the page
      // draws and answers input meanwhile; the load shows as under way until they are on screen.
      worker.terminate();
      const wanted = () => worker === this.worker; // not cancelled, no other load started
      void stageLoad(
        { received, byId, places, tags, actors, texts },
        data.prepared,
        nextTask,
        wanted,
      ).then(async (staged) => {
        if (!staged || !wanted()) return;
        if (staged.aids?.index) {
          this.app.upcoming = staged.aids.index;
          await nextTask();
          if (!wanted()) return;
        }
        this.stop();
        result.dataset.events = staged.events;
        const { problems } = this.app.load({ stories }, result, staged.aids);
        // Problems the page found beyond the worker's (the stories' own) join the report.
        for (const extra of problems.slice(result.problems.length)) {
          report.messages.push(describeProblem(extra, 'story'));
        }
        this.app.dataUrl = request.type === 'url' ? request.url : null;
        this.app.dataFile = request.type === 'file' ? request.file.name : null;
        // A file starts afresh; a link's own filters and view apply next (urlSync).
        if (request.type === 'file') {
          this.app.resetFilters();
          this.app.time.resetView();
        }
        this.finish(report);
      });
    };
    worker.onerror = (event) => {
      if (worker !== this.worker) return;
      event.preventDefault();
      this.stop();
      this.finish(
        failedReport(
          source,
          `Something went wrong while reading it (${event.message || 'the import stopped'}).`,
        ),
      );
    };
    if (early) early.replay();
    else worker.postMessage(request);
    return done;
  }

  /** The progress to build on: the newest, shown or not. */
  private latestLoading(): LoadInProgress {
    return this.nextLoading ?? this.loading!;
  }

  /** Shows `next` now, or once PROGRESS_EVERY_MS has passed since the last shown. */
  private showProgress(next: LoadInProgress): void {
    this.nextLoading = next;
    if (this.progressTimer !== null) return;
    const wait = this.shownAt + PROGRESS_EVERY_MS - performance.now();
    if (wait <= 0) this.flushProgress();
    else this.progressTimer = setTimeout(() => this.flushProgress(), wait);
  }

  private flushProgress(): void {
    this.progressTimer = null;
    if (this.nextLoading && this.loading) {
      this.loading = this.nextLoading;
      this.shownAt = performance.now();
    }
    this.nextLoading = null;
  }

  private stop(): void {
    if (this.progressTimer !== null) clearTimeout(this.progressTimer);
    this.progressTimer = null;
    this.nextLoading = null;
    this.app.upcoming = null;
    this.worker?.terminate();
    this.worker = null;
    this.loading = null;
    this.pendingUrl = null;
  }

  private finish(report: LoadReport | null): void {
    if (report) this.report = report;
    this.settle?.(report);
    this.settle = null;
  }
}

/** Resolves in a new task (a message to itself: no timer clamping), after the page may draw. */
function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

const controllers = new WeakMap<AppState, LoadController>();

/** The one load controller of an app state (created on first use). */
export function loadControllerFor(app: AppState): LoadController {
  let controller = controllers.get(app);
  if (!controller) controllers.set(app, (controller = new LoadController(app)));
  return controller;
}

/**
 * Loads the dataset at `url` into `app`, with the same progress, Cancel and report as a file:
 * what the `data=` share-link parameter calls. Resolves to the report (null if cancelled).
 */
export function loadFromUrl(app: AppState, url: string): Promise<LoadReport | null> {
  return loadControllerFor(app).loadUrl(url);
}
