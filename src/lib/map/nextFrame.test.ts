import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { nextFrame } from './nextFrame';

describe('nextFrame', () => {
  /** The frame callbacks asked for and not cancelled, run by `tick`. */
  let pending: Map<number, FrameRequestCallback>;
  let ids = 0;
  const tick = () => {
    const due = [...pending.values()];
    pending.clear();
    for (const callback of due) callback(0);
  };

  beforeEach(() => {
    pending = new Map();
    vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => {
      pending.set(++ids, callback);
      return ids;
    });
    vi.stubGlobal('cancelAnimationFrame', (id: number) => pending.delete(id));
  });
  afterEach(() => vi.unstubAllGlobals());

  it('runs once in the next frame however often it is requested before', () => {
    const run = vi.fn();
    const frame = nextFrame(run);
    frame.request();
    frame.request();
    frame.request();
    expect(run).not.toHaveBeenCalled();
    tick();
    expect(run).toHaveBeenCalledTimes(1);
    tick();
    expect(run).toHaveBeenCalledTimes(1);
  });

  it('runs again when requested after it ran, even from inside the run', () => {
    let runs = 0;
    const frame = nextFrame(() => {
      if (++runs === 1) frame.request();
    });
    frame.request();
    tick();
    tick();
    expect(runs).toBe(2);
  });

  it('does not run once cancelled, and can be requested again', () => {
    const run = vi.fn();
    const frame = nextFrame(run);
    frame.request();
    frame.cancel();
    tick();
    expect(run).not.toHaveBeenCalled();
    frame.request();
    tick();
    expect(run).toHaveBeenCalledTimes(1);
  });
});
