import { describe, expect, it } from 'vitest';
import {
  advanceCursor,
  playSpeedSpec,
  playStart,
  playStep,
  type PlayContext,
} from './advanceCursor';
import { utc } from './partialDate';

const DAY = 864e5;
const starts = Float64Array.from([
  utc(2017, 0, 1),
  utc(2017, 0, 9),
  utc(2019, 7, 1),
  utc(2019, 7, 18),
]);
const context = (loop: boolean): PlayContext => ({
  bounds: [utc(2017, 0, 1), utc(2019, 8, 1)],
  loop,
  eventStarts: starts,
});

describe('advanceCursor (smooth playback)', () => {
  it('moves at the chosen speed: a second is a day, a month, a year', () => {
    const t = utc(2018, 0, 1);
    expect(advanceCursor(t, 1000, 'day', context(false)).cursor).toBe(t + DAY);
    expect(advanceCursor(t, 500, 'month', context(false)).cursor).toBeCloseTo(
      t + 0.5 * 30.436875 * DAY,
      -1,
    );
    expect(advanceCursor(t, 100, 'year', context(false)).cursor).toBeCloseTo(
      t + 0.1 * 365.2425 * DAY,
      -1,
    );
    expect(playSpeedSpec('week').msPerSecond).toBe(7 * DAY);
  });

  it('stops at the end, or loops', () => {
    const nearEnd = utc(2019, 7, 31);
    const reached = advanceCursor(nearEnd, 5000, 'day', context(false));
    expect(reached).toEqual({ cursor: utc(2019, 8, 1), playing: true });
    expect(advanceCursor(reached.cursor, 16, 'day', context(false))).toEqual({
      cursor: utc(2019, 8, 1),
      playing: false,
    });
    expect(advanceCursor(reached.cursor, 16, 'day', context(true))).toEqual({
      cursor: utc(2017, 0, 1),
      playing: true,
    });
  });
});

describe('playStep (event by event, or reduced motion)', () => {
  it('visits each event in turn, then stops or starts again', () => {
    let frame = { cursor: playStart(null, context(false).bounds), playing: true };
    const visited: number[] = [];
    while (frame.playing && visited.length < 10) {
      frame = playStep(frame.cursor, 'event', context(false));
      visited.push(frame.cursor);
    }
    expect(visited).toEqual([utc(2017, 0, 9), utc(2019, 7, 1), utc(2019, 7, 18), utc(2019, 8, 1)]);
    expect(frame.playing).toBe(false);
    expect(playStep(utc(2019, 7, 18), 'event', context(true))).toEqual({
      cursor: utc(2017, 0, 1),
      playing: true,
    });
  });

  it('with reduced motion, jumps one calendar unit a second instead of gliding', () => {
    expect(playStep(utc(2018, 0, 15), 'month', context(false)).cursor).toBe(utc(2018, 1, 1));
    expect(playStep(utc(2018, 0, 15), 'year', context(false)).cursor).toBe(utc(2019, 0, 1));
    expect(playStep(utc(2019, 0, 15), 'year', context(false)).cursor).toBe(utc(2019, 8, 1));
  });

  it('starts at the cursor, or at the beginning when the cursor is unset or at the end', () => {
    const bounds = context(false).bounds;
    expect(playStart(null, bounds)).toBe(bounds[0]);
    expect(playStart(utc(2018, 0, 1), bounds)).toBe(utc(2018, 0, 1));
    expect(playStart(bounds[1], bounds)).toBe(bounds[0]);
    expect(playStart(utc(2010, 0, 1), bounds)).toBe(bounds[0]);
  });
});
