import type { Component } from 'svelte';
import type { AppState } from '../state/appState.svelte';
import type { LoadController } from './loadController.svelte';

/** The page side of a load, once fetched: the controller and the view of its progress and report. */
export interface LoadUi {
  controller: LoadController;
  Status: Component<{ loader: LoadController }>;
}

type UiFetcher = (app: AppState) => Promise<LoadUi>;

/** The real parts, as separate chunks of the build. */
const fetchLoadUi: UiFetcher = async (app) => {
  // A loaded dataset is most often big enough to be drawn on the map's and the timeline's
  // canvases, whose code is in chunks of their own: fetched while the file is read, not after
  // it (then, at 1,000 events, fetching them was 0.2 s of the time to the dataset on screen).
  void import('../map/eventCanvasLayer').catch(() => {});
  void import('../timeline/TimelineMarksCanvas.svelte').catch(() => {});
  const [{ loadControllerFor }, { default: Status }] = await Promise.all([
    import('./loadController.svelte'),
    import('./LoadStatus.svelte'),
  ]);
  return { controller: loadControllerFor(app), Status };
};

/**
 * Fetches the load controller and its status view on the first load (a file picked or dropped,
 * or a `data=` link), not with the first page: most visits never load a dataset.
 */
export class LazyLoader {
  /** Set once the first load asked for it; LoadPanel shows the status from then on. */
  ui = $state.raw<LoadUi | null>(null);
  private pending: Promise<LoadUi> | null = null;

  constructor(
    private readonly app: AppState,
    private readonly fetchUi: UiFetcher = fetchLoadUi,
  ) {}

  /** The controller, fetched on first use; a failed fetch is tried again on the next call. */
  async controller(): Promise<LoadController> {
    this.pending ??= this.fetchUi(this.app).then(
      (ui) => (this.ui = ui),
      (error: unknown) => {
        this.pending = null;
        throw error;
      },
    );
    return (await this.pending).controller;
  }

  /** Loads a file the person picked or dropped (see LoadController.loadFile). */
  async loadFile(file: File): Promise<void> {
    const controller = await this.controllerOrNotice(file.name);
    await controller?.loadFile(file);
  }

  /** Loads the dataset at `url` (see LoadController.loadUrl); what a `data=` link calls. */
  async loadUrl(url: string): Promise<void> {
    const controller = await this.controllerOrNotice(url);
    await controller?.loadUrl(url);
  }

  private async controllerOrNotice(source: string): Promise<LoadController | null> {
    try {
      return await this.controller();
    } catch {
      this.app.notify(
        `${source} could not be loaded: the page's import code did not arrive (offline?). Try again.`,
        'error',
      );
      return null;
    }
  }
}

const loaders = new WeakMap<AppState, LazyLoader>();

/** The one lazy loader of an app state (created on first use). */
export function lazyLoaderFor(app: AppState): LazyLoader {
  let loader = loaders.get(app);
  if (!loader) loaders.set(app, (loader = new LazyLoader(app)));
  return loader;
}
