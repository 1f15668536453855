import { warmSearchTexts, type TimeIndex } from '../core';

/**
 * Longest slice of work, in milliseconds. An idle period can last until the next frame is due,
 * but the strings built meanwhile are collected afterwards: filling whole periods at 100,000
 * events made the garbage collector cost scrub frames their deadline.
 */
const SLICE_MS = 5;

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
      handle = requestIdleCallback((deadline) => {
        const until = performance.now() + SLICE_MS;
        step(() => Math.min(deadline.timeRemaining(), until - performance.now()));
      });
    } else {
      handle = window.setTimeout(() => {
        const until = performance.now() + SLICE_MS;
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
