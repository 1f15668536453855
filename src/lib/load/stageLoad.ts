import type { DatelineEvent } from '../core/event';
import { endOrder } from '../core/endOrder';
import type { FacetCollector } from '../core/facetCollector';
import { indexDensity } from '../core/indexDensity';
import type { PlaceCollector } from '../core/placeCollector';
import { eventSorterOf } from '../core/sortEvents';
// Through the app state, not the core module: imported there, it stays in the first load's
// chunk instead of a chunk of its own (0.7 kB more gzip).
import { indexWithAids, type LoadAids } from '../state/appState.svelte';
import type { PreparedIndex } from './importMessages';

/** What the page collected from the worker's messages while it checked the rest. */
export interface CollectedEvents {
  /** The events in the order the worker checked them. */
  received: DatelineEvent[];
  byId: Map<string, DatelineEvent>;
  places: PlaceCollector;
  tags: FacetCollector;
  actors: FacetCollector;
  /** Each event's search text, in the order received. */
  texts: string[];
}

/** How long one task of steps may run before the page gets its turn. */
const SLICE_MS = 10;

/**
 * Puts a load's events in time order and builds what its views need (time index, facet
 * indexes, places, search texts, the order by end, the density, the table's date order) in
 * steps, with `between` whenever a task has run for `sliceMs`: the page draws and answers input
 * meanwhile (200,000 events once cost 0.6 s here in two tasks). Resolves to null if `wanted`
 * turns false (the load was cancelled, or another one started). Without the worker's time
 * order, the events as they came and nothing built: the app state builds it all.
 */
export async function stageLoad(
  collected: CollectedEvents,
  prepared: PreparedIndex | undefined,
  between: () => Promise<void>,
  wanted: () => boolean,
  sliceMs = SLICE_MS,
): Promise<{ events: DatelineEvent[]; aids?: LoadAids } | null> {
  const { received, texts } = collected;
  if (!prepared || prepared.order.length !== received.length) return { events: received };
  const { order, starts, ends } = prepared;
  const n = order.length;
  const events = new Array<DatelineEvent>(n);
  const searchTexts = new Array<string>(n);
  // The texts' positions in the order they were made, the order a search reads them in.
  const searchOrder = new Int32Array(n);
  for (let p = 0; p < n; p++) {
    events[p] = received[order[p]!]!;
    searchTexts[p] = texts[order[p]!]!;
    searchOrder[order[p]!] = p;
  }
  const aids: LoadAids = {
    times: { starts, ends },
    facets: {},
    eventsById: collected.byId,
    searchTexts,
    searchOrder,
  };
  const steps = [
    () => {
      const tags = collected.tags.inOrder(order);
      if (tags) aids.facets!.tags = tags;
    },
    () => {
      const actors = collected.actors.inOrder(order);
      if (actors) aids.facets!.actors = actors;
    },
    () => Object.assign(aids, collected.places.inOrder(order)),
    () => (aids.index = indexWithAids(events, aids)),
    // Built now rather than in the task that first draws the dataset.
    () => endOrder(aids.index!, null),
    () => indexDensity(aids.index!),
    () => eventSorterOf(aids.index!).prepare('date'),
  ];
  // Steps share a task while it has been short (a new task may wait for a frame), never
  // adding one long step to a task already well under way.
  let sliceStart = -Infinity;
  for (const step of steps) {
    if (performance.now() - sliceStart >= sliceMs) {
      await between();
      if (!wanted()) return null;
      sliceStart = performance.now();
    }
    step();
  }
  // The dataset goes on screen in a task of its own too.
  await between();
  return wanted() ? { events, aids } : null;
}
