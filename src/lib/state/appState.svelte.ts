import { getContext, setContext } from 'svelte';
import {
  createTimeIndex,
  eventsAt,
  filterPositions,
  mostRecentAt,
  validateDataset,
  type Dataset,
  type DatelineEvent,
  type EventFilter,
  type LoadProblem,
  type TimeIndex,
  type ValidationResult,
  type Story,
  timeOrderStory,
  validateStories,
  TIME_ORDER_STORY_ID,
} from '../core';
import { BandDistances, type KnownDistances } from '../core/bandDistances';
import { indexWithAids, type LoadAids } from '../core/indexWithAids';

export { indexWithAids, type LoadAids };
import type { SortDirection, SortKey } from '../core/sortEvents';
import { RangeBand } from './rangeBand.svelte';
import { TimeState } from './timeState.svelte';

/** The map's centre and zoom as the user left it. Share link: `map` (zoom/lat/lon). */
export interface MapView {
  zoom: number;
  lat: number;
  lon: number;
}

export interface Notice {
  id: number;
  kind: 'info' | 'warning' | 'error';
  text: string;
}

let nextNoticeId = 1;

/**
 * The one source of truth for what the user sees. Views read it and call its intents;
 * no view talks to another view directly. The timeline's and the range band's parts live in
 * their own classes, composed here.
 */
export class AppState {
  dataset = $state.raw<Dataset>({ title: '', events: [] });
  /** Rows of the last load that could not be read. */
  loadProblems = $state.raw<LoadProblem[]>([]);
  selectedId = $state<string | null>(null);
  /**
   * True while the selection is the one a link (or Back/Forward) brought with its own view: the
   * map and the timeline then keep that view rather than move to show the event. Not reactive:
   * read when the selection changes.
   */
  selectedByLink = false;
  /** The event under the pointer on the map or the timeline, for linked highlighting. */
  hoveredId = $state<string | null>(null);

  /** Tag and actor chips (any of, within a group) and the search box. */
  tags = $state.raw<readonly string[]>([]);
  actors = $state.raw<readonly string[]>([]);
  query = $state('');

  readonly time = new TimeState();
  readonly band = new RangeBand();
  /** Null until the map reports its view. */
  mapView = $state.raw<MapView | null>(null);
  /**
   * The index of a load about to be shown (set by the load controller, a task before it commits
   * the dataset): the map frames its events then, so that moving the basemap and showing 200,000
   * events do not make one long task.
   */
  upcoming = $state.raw<TimeIndex | null>(null);
  /** Where the dataset came from when it was loaded from a link (`data=`); null for the seed or a file. */
  dataUrl = $state<string | null>(null);
  /** The name of the file the dataset was imported from (not at a URL, so no link can hold it). */
  dataFile = $state<string | null>(null);
  /** The dataset's curated stories (its `stories`), besides the time-order one every dataset has. */
  stories = $state.raw<Story[]>([]);
  /** Story mode: which story and which step (0-based); null when off. Share link: `story`, `step`. */
  story = $state.raw<{ id: string; step: number } | null>(null);
  /** The Events table's order. */
  tableSort = $state.raw<{ key: SortKey; direction: SortDirection }>({
    key: 'date',
    direction: 'ascending',
  });
  /** Messages for the user: ignored link parts, load reports, confirmations. */
  notices = $state.raw<Notice[]>([]);

  // The dataset's time index and its events by id, set with it in `load` (from what the load
  // brought when it can): rebuilt whenever the dataset changes and never mutated, so plain Maps.
  #index = $state.raw<TimeIndex>(createTimeIndex([]));
  // eslint-disable-next-line svelte/prefer-svelte-reactivity
  #eventsById = $state.raw<ReadonlyMap<string, DatelineEvent>>(new Map());
  /** The distances a load brought, for its index (used while the launch point is theirs). */
  #knownDistances: { index: TimeIndex; distances: KnownDistances } | null = null;
  get index(): TimeIndex {
    return this.#index;
  }
  get eventsById(): ReadonlyMap<string, DatelineEvent> {
    return this.#eventsById;
  }
  readonly selected = $derived<DatelineEvent | null>(
    (this.selectedId && this.eventsById.get(this.selectedId)) || null,
  );

  /** Distance in km from the band's launch point to every located event (a map by id). */
  readonly distancesKm = $derived(
    new BandDistances(
      this.band.center,
      this.#index,
      this.#eventsById,
      this.#knownDistances?.index === this.#index ? this.#knownDistances.distances : undefined,
    ),
  );
  readonly insideBandIds = $derived(this.distancesKm.within(this.band.radiiKm));

  readonly filter = $derived<EventFilter>({
    range: this.time.range,
    tags: this.tags,
    actors: this.actors,
    query: this.query,
    only: this.band.onlyInside ? this.insideBandIds : null,
  });
  /** Where in `index` the events that pass every filter are (null: all of them), ascending. */
  readonly filteredPositions = $derived(filterPositions(this.index, this.filter));
  /**
   * Of the events the other filters pass, how many have a place and how many lie in the band:
   * what "only events in the band" keeps of them, counted as the chips count theirs.
   */
  readonly bandCounts = $derived(
    this.distancesKm.countsAt(
      this.band.onlyInside
        ? filterPositions(this.index, this.filter, ['only'])
        : this.filteredPositions,
      this.band.radiiKm,
    ),
  );
  /** The events that pass every filter, in time order: what the map, the list and the counts show. */
  readonly filtered = $derived(eventsAt(this.index, this.filteredPositions));
  /** The story being told, if any: a curated one, or the filtered events in time order. */
  readonly activeStory = $derived<Story | null>(
    this.story === null
      ? null
      : this.story.id === TIME_ORDER_STORY_ID
        ? timeOrderStory(this.filtered)
        : (this.stories.find((s) => s.id === this.story?.id) ?? null),
  );
  /** The most recent shown event at the time cursor, emphasised on map and timeline; null without one. */
  readonly cursorEventId = $derived(mostRecentAt(this.filtered, this.time.view)?.id ?? null);

  /**
   * Replaces the dataset with the good rows of `input`. A file with no good row leaves the
   * current dataset as it was; either way the problems are kept for the load report.
   * `validated` is the result of validating the events already (the import worker does), so
   * big files are not checked twice on the page; `input` then only supplies `stories`; `aids`
   * is what the worker built for those events.
   */
  load(
    input: unknown,
    validated?: ValidationResult,
    aids: LoadAids = {},
  ): { loaded: number; problems: LoadProblem[] } {
    const { dataset, problems } = validated ?? validateDataset(input);
    this.loadProblems = problems;
    if (dataset.events.length > 0) {
      const events = dataset.events;
      const index = aids.index?.events === events ? aids.index : indexWithAids(events, aids);
      this.#knownDistances = aids.distances ? { index, distances: aids.distances } : null;
      this.#index = index;
      // eslint-disable-next-line svelte/prefer-svelte-reactivity
      this.#eventsById = aids.eventsById ?? new Map(events.map((e) => [e.id, e]));
      this.dataset = dataset;
      const raw = (input as { stories?: unknown }).stories;
      const stories = validateStories(raw, this.eventsById);
      this.stories = stories.stories;
      this.story = null;
      this.loadProblems = [...problems, ...stories.problems];
      if (this.selectedId && !this.eventsById.has(this.selectedId)) this.selectedId = null;
    }
    return { loaded: dataset.events.length, problems: this.loadProblems };
  }

  select(id: string | null): void {
    this.selectedByLink = false;
    this.selectedId = id !== null && this.eventsById.has(id) ? id : null;
  }

  clearSelection(): void {
    this.selectedId = null;
  }

  hover(id: string | null): void {
    this.hoveredId = id;
  }

  toggleTag(tag: string): void {
    this.tags = this.tags.includes(tag) ? this.tags.filter((t) => t !== tag) : [...this.tags, tag];
  }

  toggleActor(actor: string): void {
    this.actors = this.actors.includes(actor)
      ? this.actors.filter((a) => a !== actor)
      : [...this.actors, actor];
  }

  /** Clears every filter: chips, search, the brushed range and the range-band filter. */
  resetFilters(): void {
    this.tags = [];
    this.actors = [];
    this.query = '';
    this.time.range = null;
    this.band.onlyInside = false;
  }

  /** Starts (or moves) story mode at `step` of story `id`, selecting that step's event. */
  startStory(id: string = this.stories[0]?.id ?? TIME_ORDER_STORY_ID, step = 0): void {
    this.story = { id, step: 0 };
    const steps = this.activeStory?.steps ?? [];
    if (!steps.length) {
      this.story = null;
      return;
    }
    this.goToStep(step);
  }

  goToStep(step: number): void {
    const steps = this.activeStory?.steps ?? [];
    if (!this.story || !steps.length) return;
    const clamped = Math.max(0, Math.min(steps.length - 1, step));
    this.story = { id: this.story.id, step: clamped };
    this.select(steps[clamped]!.event);
  }

  stopStory(): void {
    this.story = null;
  }

  notify(text: string, kind: Notice['kind'] = 'info'): void {
    this.notices = [...this.notices, { id: nextNoticeId++, kind, text }];
  }

  dismissNotice(id: number): void {
    this.notices = this.notices.filter((n) => n.id !== id);
  }
}

const KEY = Symbol('dateline.appState');

export function setAppState(state: AppState): AppState {
  return setContext(KEY, state);
}

export function getAppState(): AppState {
  const state = getContext<AppState | undefined>(KEY);
  if (!state) throw new Error('getAppState() needs setAppState() in an ancestor component');
  return state;
}
