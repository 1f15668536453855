import type { ShareContext, ShareState } from '../core';
import type { AppState } from './appState.svelte';

/** What a share link would say about the app's current view. */
export function shareStateOf(app: AppState): ShareState {
  const range = app.time.range;
  return {
    from: range ? range[0] : null,
    to: range ? range[1] : null,
    t: app.time.cursor,
    mode: app.time.cursorMode,
    window: app.time.windowDays,
    tags: [...app.tags],
    actors: [...app.actors],
    q: app.query,
    event: app.selectedId,
    map: app.mapView,
    ring: app.band.center,
    band: [app.band.radiiKm[0], app.band.radiiKm[1]],
    showband: app.band.visible,
    inband: app.band.onlyInside,
    data: app.dataUrl,
  };
}

/** Puts a decoded link's view into the app state. */
export function applyShareState(app: AppState, state: ShareState): void {
  app.time.range = state.from !== null && state.to !== null ? [state.from, state.to] : null;
  app.time.cursor = state.t;
  app.time.cursorMode = state.mode;
  app.time.windowDays = state.window;
  app.tags = state.tags;
  app.actors = state.actors;
  app.query = state.q;
  app.select(state.event);
  app.mapView = state.map;
  app.band.center = state.ring;
  app.band.radiiKm = state.band;
  app.band.visible = state.showband;
  app.band.onlyInside = state.inband;
}

/** The ids, tags and actors of the loaded dataset, to check a link against. */
export function shareContextOf(app: AppState): ShareContext {
  const events = app.dataset.events;
  return {
    eventIds: new Set(app.eventsById.keys()),
    tags: new Set(events.flatMap((e) => e.tags)),
    actors: new Set(events.flatMap((e) => e.actors)),
  };
}
