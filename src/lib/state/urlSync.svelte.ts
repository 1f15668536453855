import {
  CONTINUOUS_PARAMS,
  changedParams,
  decodeShareLink,
  encodeShareLink,
  type ShareState,
} from '../core';
import type { AppState } from './appState.svelte';
import { applyShareState, shareContextOf, shareStateOf } from './shareState';

/** Continuous changes (scrubbing, panning, typing) replace the entry at most this often. */
const REPLACE_EVERY_MS = 250;

/**
 * Keeps the URL a projection of the app state, and the only module that touches `history`.
 * Opening a link applies it (bad parts are ignored with a notice); discrete changes push an
 * entry, continuous ones replace it; Back and Forward bring the whole view back.
 * Returns a function that stops syncing.
 */
export function startUrlSync(app: AppState, win: Window = window): () => void {
  const current = () => win.location.search.replace(/^\?/, '');

  const applyLink = (search: string, announce: boolean) => {
    const { state, problems } = decodeShareLink(search, shareContextOf(app));
    applyShareState(app, state);
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

  applyLink(current(), true);
  // Show the link as Dateline writes it, without the parts it ignored.
  win.history.replaceState(win.history.state, '', urlFor(encodeShareLink(shareStateOf(app))));

  let pending: ReturnType<typeof setTimeout> | null = null;
  let pendingQuery: string | null = null;
  const flush = () => {
    if (pending) clearTimeout(pending);
    pending = null;
    if (pendingQuery !== null) win.history.replaceState(null, '', urlFor(pendingQuery));
    pendingQuery = null;
  };

  const stopEffect = $effect.root(() => {
    $effect(() => {
      const query = encodeShareLink(shareStateOf(app));
      const shown = pendingQuery ?? current();
      if (query === shown) return;
      const changed = changedParams(shown, query);
      const continuous = [...changed].every((key) =>
        CONTINUOUS_PARAMS.has(key as keyof ShareState),
      );
      if (continuous) {
        pendingQuery = query;
        pending ??= setTimeout(flush, REPLACE_EVERY_MS);
      } else {
        flush();
        win.history.pushState(null, '', urlFor(query));
      }
    });
  });

  const onPopState = () => {
    if (pending) clearTimeout(pending);
    pending = null;
    pendingQuery = null;
    applyLink(current(), false);
  };
  win.addEventListener('popstate', onPopState);

  function urlFor(query: string): string {
    return `${win.location.pathname}${query ? `?${query}` : ''}${win.location.hash}`;
  }

  return () => {
    flush();
    stopEffect();
    win.removeEventListener('popstate', onPopState);
  };
}
