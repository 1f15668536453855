import {
  TIME_ORDER_STORY_ID,
  encodeShareLink,
  facetIndex,
  formatCount,
  type LinkProblem,
  type ShareContext,
  type ShareState,
} from '../core';
import type { AppState } from './appState.svelte';

/**
 * The share link of the current view at the page's address. The address bar catches up with
 * continuous changes after a pause; this link is always the view as it is.
 */
export function shareLinkOf(app: AppState, page: Location): string {
  const query = encodeShareLink(shareStateOf(app));
  return `${page.origin}${page.pathname}${query ? `?${query}` : ''}${page.hash}`;
}

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
    speed: app.time.speed,
    loop: app.time.loop,
    lanes: app.time.grouping,
    view: app.time.domain ? [app.time.domain[0], app.time.domain[1]] : null,
    story: app.story?.id ?? null,
    step: (app.story?.step ?? 0) + 1,
  };
}

/**
 * Puts a decoded link's view into the app state. Returns what of it the dataset could not show
 * (a story step past the story's end), for the notice beside the decoder's problems.
 */
export function applyShareState(app: AppState, state: ShareState): LinkProblem[] {
  const problems: LinkProblem[] = [];
  app.time.range = state.from !== null && state.to !== null ? [state.from, state.to] : null;
  app.time.cursor = state.t;
  app.time.cursorMode = state.mode;
  app.time.windowDays = state.window;
  app.time.speed = state.speed;
  app.time.loop = state.loop;
  app.time.grouping = state.lanes;
  app.time.domain = state.view;
  app.tags = state.tags;
  app.actors = state.actors;
  app.query = state.q;
  app.select(state.event);
  app.mapView = state.map;
  app.band.center = state.ring;
  app.band.radiiKm = state.band;
  app.band.visible = state.showband;
  app.band.onlyInside = state.inband;
  // After the filters: the time-order story's steps are the filtered events.
  if (state.story === null) app.stopStory();
  else {
    app.startStory(state.story, state.step - 1);
    const steps = app.activeStory?.steps.length ?? 0;
    if (app.story && state.step > steps) {
      problems.push({
        param: 'step',
        reason: `is past the story's last step (${formatCount(steps)}), which is shown instead`,
      });
    }
  }
  app.selectedByLink = true; // the link's map and timeline views show what it showed
  return problems;
}

/** The ids, tags and actors of the loaded dataset, to check a link against. */
export function shareContextOf(app: AppState): ShareContext {
  // What the app keeps anyway (its map by id, the chips' facet indexes), not new sets of
  // 100,000 ids.
  return {
    eventIds: app.eventsById,
    tags: facetIndex(app.index, 'tags').idOf,
    actors: facetIndex(app.index, 'actors').idOf,
    storyIds: new Set([TIME_ORDER_STORY_ID, ...app.stories.map((s) => s.id)]),
  };
}
