import { advanceCursor, playStep, type PlayContext } from '../core';
import type { TimeState } from '../state/timeState.svelte';

/** Stepped playback (event by event, or reduced motion) moves once per this many ms. */
export const STEP_MS = 1000;
/** A frame never advances more than this, so a stalled tab does not leap ahead. */
const MAX_FRAME_MS = 250;

export interface PlaybackOptions {
  time: TimeState;
  /** Read every frame, so a new brush or speed applies at once. */
  context(): PlayContext;
  reducedMotion(): boolean;
}

/**
 * Runs the cursor while `time.playing`: smoothly, one animation frame at a time, or in steps
 * once a second when playing event by event or when the user prefers reduced motion. Returns the
 * function that stops it. The math is core's (advanceCursor, playStep); this only keeps time.
 */
export function startPlayback({ time, context, reducedMotion }: PlaybackOptions): () => void {
  let last: number | null = null;
  let carried = 0;
  let frame = requestAnimationFrame(tick);

  function tick(now: number) {
    const elapsed = last === null ? 0 : Math.min(now - last, MAX_FRAME_MS);
    last = now;
    const ctx = context();
    const from = time.cursor ?? ctx.bounds[0];
    let result;
    if (time.speed === 'event' || reducedMotion()) {
      carried += elapsed;
      if (carried < STEP_MS) {
        frame = requestAnimationFrame(tick);
        return;
      }
      carried -= STEP_MS;
      result = playStep(from, time.speed, ctx);
    } else {
      result = advanceCursor(from, elapsed, time.speed, ctx);
    }
    time.cursor = result.cursor;
    if (!result.playing) {
      time.playing = false;
      return;
    }
    frame = requestAnimationFrame(tick);
  }

  return () => cancelAnimationFrame(frame);
}
