import { getContext, setContext } from 'svelte';
import {
  createTimeIndex,
  validateDataset,
  type Dataset,
  type DatelineEvent,
  type LoadProblem,
} from '../core';

/**
 * The one source of truth for what the user sees. Views read it and call its intents;
 * no view talks to another view directly.
 */
export class AppState {
  dataset = $state.raw<Dataset>({ title: '', events: [] });
  /** Rows of the last load that could not be read. */
  loadProblems = $state.raw<LoadProblem[]>([]);
  selectedId = $state<string | null>(null);
  /** The event under the pointer on the map or the timeline, for linked highlighting. */
  hoveredId = $state<string | null>(null);

  readonly index = $derived(createTimeIndex(this.dataset.events));
  // Rebuilt whenever the dataset changes and never mutated, so a plain Map is right here.
  // eslint-disable-next-line svelte/prefer-svelte-reactivity
  readonly eventsById = $derived(new Map(this.dataset.events.map((e) => [e.id, e])));
  readonly selected = $derived<DatelineEvent | null>(
    (this.selectedId && this.eventsById.get(this.selectedId)) || null,
  );

  /**
   * Replaces the dataset with the good rows of `input`. A file with no good row leaves the
   * current dataset as it was; either way the problems are kept for the load report.
   */
  load(input: unknown): { loaded: number; problems: LoadProblem[] } {
    const { dataset, problems } = validateDataset(input);
    this.loadProblems = problems;
    if (dataset.events.length > 0) {
      this.dataset = dataset;
      if (this.selectedId && !this.eventsById.has(this.selectedId)) this.selectedId = null;
    }
    return { loaded: dataset.events.length, problems };
  }

  select(id: string | null): void {
    this.selectedId = id !== null && this.eventsById.has(id) ? id : null;
  }

  clearSelection(): void {
    this.selectedId = null;
  }

  hover(id: string | null): void {
    this.hoveredId = id;
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
