import {
  normalizeRange,
  playStart,
  stepCursor,
  type CursorMode,
  type CursorStep,
  type CursorStepContext,
  type CursorView,
  type PlaySpeed,
  type TimelineGrouping,
  type TimeRange,
} from '../core';

export type { CursorMode } from '../core';

const DAY = 864e5;

/**
 * The timeline's part of the app state: the brushed range (a filter), the time cursor and
 * playback, the lanes' grouping and the visible time domain (zoom). Times are UTC milliseconds.
 * Views read these fields and call the intents below; the time math lives in src/lib/core.
 */
export class TimeState {
  /** The brushed range [from, to); null when no range is brushed. Share link: `from`, `to`. */
  range = $state.raw<readonly [number, number] | null>(null);
  /** The time cursor; null when there is none (every event shows). Share link: `t`. */
  cursor = $state<number | null>(null);
  cursorMode = $state<CursorMode>('cumulative');
  /** Length of the window before the cursor in window mode, in days. */
  windowDays = $state(30);
  playing = $state(false);
  /** How fast Play moves the cursor: a day, week, month or year per second, or event by event. */
  speed = $state<PlaySpeed>('month');
  /** At the end, Play starts again from the beginning (true) or stops (false). */
  loop = $state(false);
  /** One track of lanes, or a track per tag or per actor. */
  grouping = $state<TimelineGrouping>('none');
  /** The visible time domain of the timeline; null means "fit the events". */
  domain = $state.raw<readonly [number, number] | null>(null);
  /**
   * True while the user drags the brush: `range` then changes every frame, and history keeps
   * one entry for the whole drag (see urlSync).
   */
  brushing = $state(false);

  /** The cursor as the map and the timeline apply it; null without a cursor. */
  readonly view = $derived<CursorView | null>(
    this.cursor === null
      ? null
      : { cursor: this.cursor, mode: this.cursorMode, windowMs: this.windowDays * DAY },
  );

  /** Brushes `range` within the data's `bounds`; a range covering them all is no filter. */
  setRange(range: TimeRange | null, bounds: TimeRange): void {
    const next = normalizeRange(range, bounds);
    if (next?.[0] !== this.range?.[0] || next?.[1] !== this.range?.[1]) this.range = next;
  }

  clearRange(): void {
    this.range = null;
  }

  /** A new dataset's view: no cursor, not playing, the timeline fitted to its events. */
  resetView(): void {
    this.playing = false;
    this.cursor = null;
    this.domain = null;
  }

  setCursor(time: number | null): void {
    this.cursor = time;
  }

  /** Moves the cursor by a key's step; an unset cursor steps from the end (where it is parked). */
  stepCursor(step: CursorStep, context: CursorStepContext): void {
    this.cursor = stepCursor(this.cursor ?? context.bounds[1], step, context);
  }

  /** Starts playback within `bounds`, from the cursor, or from the start when it is unset or at the end. */
  play(bounds: TimeRange): void {
    this.cursor = playStart(this.cursor, bounds);
    this.playing = true;
  }

  pause(): void {
    this.playing = false;
  }

  togglePlay(bounds: TimeRange): void {
    if (this.playing) this.pause();
    else this.play(bounds);
  }

  /** Shows `domain` on the timeline; null fits the events. */
  setDomain(domain: readonly [number, number] | null): void {
    this.domain = domain;
  }
}
