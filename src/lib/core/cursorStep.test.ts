import { describe, expect, it } from 'vitest';
import seed from '../../../data/events.json';
import { cursorStepForKey, stepCursor, type CursorStepContext } from './cursorStep';
import { utc } from './partialDate';
import { createTimeIndex } from './timeIndex';
import { TICK_LEVELS, type TickUnit } from './timeTicks';
import { validateDataset } from './validateDataset';

const index = createTimeIndex(validateDataset(seed).dataset.events);
const level = (unit: TickUnit, step = 1) =>
  TICK_LEVELS.find((l) => l.unit === unit && l.step === step)!;
const context = (unit: TickUnit, step = 1): CursorStepContext => ({
  level: level(unit, step),
  eventTimes: index.starts,
  bounds: [utc(2016, 0, 1), utc(2020, 0, 1)],
});

describe('stepCursor by one tick unit', () => {
  it('goes to the next or previous tick, never staying put', () => {
    const mid = utc(2017, 0, 15) + 5 * 36e5;
    expect(stepCursor(mid, 'next', context('month'))).toBe(utc(2017, 1, 1));
    expect(stepCursor(mid, 'previous', context('month'))).toBe(utc(2017, 0, 1));
    expect(stepCursor(utc(2017, 1, 1), 'next', context('month'))).toBe(utc(2017, 2, 1));
    expect(stepCursor(utc(2017, 1, 1), 'previous', context('month'))).toBe(utc(2017, 0, 1));
    expect(stepCursor(mid, 'next', context('month', 3))).toBe(utc(2017, 3, 1));
    expect(stepCursor(mid, 'next', context('day'))).toBe(utc(2017, 0, 16));
    expect(stepCursor(mid, 'previous', context('hour'))).toBe(utc(2017, 0, 15) + 4 * 36e5);
    expect(stepCursor(mid, 'next', context('year'))).toBe(utc(2018, 0, 1));
  });

  it('steps a page: the enclosing period', () => {
    const mid = utc(2017, 4, 15);
    expect(stepCursor(mid, 'nextPage', context('month'))).toBe(utc(2018, 0, 1));
    expect(stepCursor(mid, 'previousPage', context('day'))).toBe(utc(2017, 4, 1));
    expect(stepCursor(mid, 'nextPage', context('hour'))).toBe(utc(2017, 4, 16));
  });

  it('stays within the bounds; Home and End go to them', () => {
    const ctx = context('year');
    expect(stepCursor(utc(2019, 6, 1), 'next', ctx)).toBe(utc(2020, 0, 1));
    expect(stepCursor(utc(2020, 0, 1), 'next', ctx)).toBe(utc(2020, 0, 1));
    expect(stepCursor(utc(2016, 0, 1), 'previous', ctx)).toBe(utc(2016, 0, 1));
    expect(stepCursor(utc(2018, 3, 3), 'first', ctx)).toBe(utc(2016, 0, 1));
    expect(stepCursor(utc(2018, 3, 3), 'last', ctx)).toBe(utc(2020, 0, 1));
  });
});

describe('stepCursor to the next or previous event', () => {
  const ctx = context('month');
  it('visits each distinct event start in order, forwards and back', () => {
    const starts = [...new Set(index.starts)];
    let t = utc(2016, 5, 1);
    const forward: number[] = [];
    for (let i = 0; i < starts.length + 2; i++) {
      const next = stepCursor(t, 'nextEvent', ctx);
      if (next === t) break;
      forward.push((t = next));
    }
    expect(forward).toEqual(starts);
    const back: number[] = [];
    for (let i = 0; i < starts.length + 2; i++) {
      const previous = stepCursor(t, 'previousEvent', ctx);
      if (previous === t) break;
      back.push((t = previous));
    }
    expect(back).toEqual(starts.slice(0, -1).reverse());
  });

  it('from between events: January 2017 to the carrier visit (9 January), back to 1 January', () => {
    const jan5 = utc(2017, 0, 5);
    expect(stepCursor(jan5, 'nextEvent', ctx)).toBe(utc(2017, 0, 9));
    expect(stepCursor(jan5, 'previousEvent', ctx)).toBe(utc(2017, 0, 1));
    expect(stepCursor(utc(2019, 7, 18), 'nextEvent', ctx)).toBe(utc(2019, 7, 18));
  });
});

describe('cursorStepForKey', () => {
  it('maps the slider keys of WAI-ARIA', () => {
    expect(cursorStepForKey('ArrowRight', false)).toBe('next');
    expect(cursorStepForKey('ArrowUp', false)).toBe('next');
    expect(cursorStepForKey('ArrowLeft', true)).toBe('previousEvent');
    expect(cursorStepForKey('PageUp', false)).toBe('nextPage');
    expect(cursorStepForKey('PageDown', false)).toBe('previousPage');
    expect(cursorStepForKey('Home', false)).toBe('first');
    expect(cursorStepForKey('End', false)).toBe('last');
    expect(cursorStepForKey('a', false)).toBeNull();
  });
});
