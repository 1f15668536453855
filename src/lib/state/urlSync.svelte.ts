import {
  absoluteUrl,
  CONTINUOUS_PARAMS,
  changedParams,
  decodeShareLink,
  encodeShareLink,
  linkedDataUrl,
  type ShareState,
} from '../core';
import type { AppState } from './appState.svelte';
import { applyShareState, shareContextOf, shareStateOf } from './shareState';

/**
 * Continuous changes (scrubbing, playing, panning, typing) replace the entry once they pause
 * this long, and at least this often while they go on. A replaceState costs the page tens of
 * milliseconds on a busy machine: one per quarter second cost a scrub a frame in five.
 */
const QUIET_MS = 300;
const MAX_WAIT_MS = 2000;

/**
 * Keeps the URL a projection of the app state, and the only module that touches `history`.
 * Opening a link applies it (bad parts are ignored with a notice); discrete changes push an
 * entry, continuous ones replace it; Back and Forward bring the whole view back.
 * Returns a function that stops syncing.
 */
export function startUrlSync(
  app: AppState,
  /** Loads a dataset from a URL into `app` (the `data` parameter); resolves when done. */
  loadData: (url: string) => Promise<unknown>,
  win: Window = window,
): () => void {
  const current = () => win.location.search.replace(/^\?/, '');

  const applyLink = (search: string, announce: boolean) => {
    const decoded = decodeShareLink(search, shareContextOf(app));
    const { state } = decoded;
    const problems = [...decoded.problems, ...applyShareState(app, state)];
    if (announce && problems.length) {
      app.notify(
        'Parts of this link were ignored: ' +
          problems.map((p) => `${p.param} ${p.reason}`).join('; ') +
          '.',
        'warning',
      );
    }
    return state;
  };

  /**
   * Applies a link, loading its dataset first when it names one that is not loaded. Meanwhile
   * nothing is written to history: the dataset's arrival, before the link's other parts apply,
   * is no view of its own.
   */
  const openLink = async (search: string, announce: boolean) => {
    ready = false;
    try {
      const data = linkedDataUrl(search);
      const wanted = data === null ? null : (absoluteUrl(data, win.document.baseURI) ?? data);
      if (data !== null && wanted !== app.dataUrl) {
        await loadData(data);
        // It did not load (the load report says why): the address keeps the link, to try again,
        // and the link's other parts, which name that dataset's events and tags, wait for it.
        if (app.dataUrl !== wanted) return;
      }
      if (search !== current()) return; // the user moved on while the data loaded
      applyLink(search, announce);
      // Show the link as Dateline writes it, without the parts it ignored.
      win.history.replaceState(win.history.state, '', urlFor(encodeShareLink(shareStateOf(app))));
    } finally {
      ready = true;
    }
  };

  let ready = false;
  const initial = current();
  if (linkedDataUrl(initial) === null) {
    applyLink(initial, true);
    win.history.replaceState(win.history.state, '', urlFor(encodeShareLink(shareStateOf(app))));
    ready = true;
  } else {
    void openLink(initial, true);
  }

  let pending: ReturnType<typeof setTimeout> | null = null;
  let pendingQuery: string | null = null;
  let pendingSince = 0;
  const flush = () => {
    if (pending) clearTimeout(pending);
    pending = null;
    if (pendingQuery !== null) win.history.replaceState(null, '', urlFor(pendingQuery));
    pendingQuery = null;
  };
  // A discrete change's entry is pushed once the frame that shows the change is painted: a
  // pushState costs milliseconds the frame needs. A push still waiting goes first.
  let toPush: string | null = null;
  const pushNow = () => {
    if (toPush !== null) win.history.pushState(null, '', urlFor(toPush));
    toPush = null;
  };
  const pushAfterPaint = (query: string) => {
    pushNow();
    toPush = query;
    win.requestAnimationFrame(() => setTimeout(() => toPush === query && pushNow()));
  };

  // A drag (the brush, the launch point) changes the view every frame: its first change pushes
  // an entry and the rest replace it, so Back undoes the whole drag at once.
  let inDrag = false;

  const stopEffect = $effect.root(() => {
    $effect(() => {
      const query = encodeShareLink(shareStateOf(app));
      const dragging = app.time.brushing || app.band.dragging;
      if (!dragging) inDrag = false;
      if (!ready) return; // a link's dataset is still loading: keep its address as it is
      const shown = toPush ?? pendingQuery ?? current();
      if (query === shown) return;
      const changed = changedParams(shown, query);
      const continuous =
        inDrag || [...changed].every((key) => CONTINUOUS_PARAMS.has(key as keyof ShareState));
      if (continuous) {
        pushNow();
        pendingQuery = query;
        const now = Date.now();
        if (pending) clearTimeout(pending);
        else pendingSince = now;
        pending = setTimeout(
          flush,
          Math.max(0, Math.min(QUIET_MS, pendingSince + MAX_WAIT_MS - now)),
        );
      } else {
        flush();
        pushAfterPaint(query);
        inDrag = dragging;
      }
    });
  });

  const onPopState = () => {
    toPush = null;
    if (pending) clearTimeout(pending);
    pending = null;
    pendingQuery = null;
    void openLink(current(), false);
  };
  win.addEventListener('popstate', onPopState);

  function urlFor(query: string): string {
    return `${win.location.pathname}${query ? `?${query}` : ''}${win.location.hash}`;
  }

  return () => {
    pushNow();
    flush();
    stopEffect();
    win.removeEventListener('popstate', onPopState);
  };
}
