import { warmSearchTexts, type TimeIndex } from '../core';

/** Without requestIdleCallback (Safari), slices of this many milliseconds between tasks. */
const FALLBACK_SLICE_MS = 8;

/**
 * Builds `index`'s search texts in the page's idle time after a load, so the first keystroke
 * in "Search events" does not pay for them. Returns a function that stops it.
 */
export function warmSearchWhenIdle(index: TimeIndex): () => void {
  let cancelled = false;
  let handle = 0;
  const step = (timeLeft: () => number) => {
    if (!cancelled && !warmSearchTexts(index, timeLeft)) schedule();
  };
  const schedule = () => {
    if (typeof requestIdleCallback === 'function') {
      handle = requestIdleCallback((deadline) => step(() => deadline.timeRemaining()));
    } else {
      handle = window.setTimeout(() => {
        const until = performance.now() + FALLBACK_SLICE_MS;
        step(() => until - performance.now());
      });
    }
  };
  schedule();
  return () => {
    cancelled = true;
    if (typeof cancelIdleCallback === 'function') cancelIdleCallback(handle);
    clearTimeout(handle);
  };
}
