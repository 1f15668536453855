import { describe, expect, it } from 'vitest';
import { timeScale } from './timeScale';
import { utc } from './partialDate';
import {
  contextLabel,
  LABEL_GAP,
  labelWidth,
  MIN_TICK_SPACING,
  tickLabel,
  timeTicks,
  type TimelineTick,
} from './timeTicks';

const HOUR = 36e5;
const DAY = 864e5;
const WIDTH = 1000;

const ticksFor = (from: number, to: number, width = WIDTH) =>
  timeTicks(timeScale([from, to], [0, width]), width);

function expectNoOverlap(ticks: readonly TimelineTick[], anchor: 'middle' | 'start') {
  ticks.slice(1).forEach((b, i) => {
    const a = ticks[i]!;
    const needed =
      anchor === 'middle'
        ? Math.max(MIN_TICK_SPACING, (labelWidth(a.label) + labelWidth(b.label)) / 2 + LABEL_GAP)
        : labelWidth(a.label) + LABEL_GAP;
    expect(b.x - a.x, `${a.label} | ${b.label}`).toBeGreaterThanOrEqual(needed);
  });
}

describe('timeTicks: labels adapt to the zoom and never overlap', () => {
  const levels: [string, number, number, RegExp, RegExp | null][] = [
    ['decades', utc(1950, 0, 1), utc(2020, 0, 1), /^\d{4}$/, null],
    ['years', utc(2005, 0, 1), utc(2020, 0, 1), /^\d{4}$/, null],
    ['months', utc(2016, 11, 1), utc(2019, 9, 1), /^[A-Z][a-z]{2}$/, /^\d{4}$/],
    ['days', utc(2017, 0, 1), utc(2017, 1, 1), /^\d{1,2}$/, /^[A-Z][a-z]+ \d{4}$/],
    ['hours', utc(2019, 7, 18), utc(2019, 7, 18) + 12 * HOUR, /^\d\d:00$/, /\(UTC\)$/],
  ];
  it.each(levels)('%s', (_, from, to, tickPattern, contextPattern) => {
    const { ticks, context } = ticksFor(from, to);
    expect(ticks.length).toBeGreaterThan(2);
    // A label that would stick out of the plot is left off; its tick line stays.
    const labelled = ticks.filter((t) => t.label);
    expect(labelled.length).toBeGreaterThanOrEqual(ticks.length - 2);
    for (const tick of labelled) expect(tick.label).toMatch(tickPattern);
    for (const tick of ticks) {
      expect(tick.x).toBeGreaterThanOrEqual(0);
      expect(tick.x).toBeLessThanOrEqual(WIDTH);
    }
    expectNoOverlap(ticks, 'middle');
    if (contextPattern) {
      expect(context.length).toBeGreaterThan(0);
      for (const label of context) expect(label.label).toMatch(contextPattern);
      expectNoOverlap(context, 'start');
      expect(context.at(-1)!.x + labelWidth(context.at(-1)!.label)).toBeLessThanOrEqual(WIDTH);
    } else {
      expect(context).toEqual([]);
    }
  });

  it('picks the finest level that fits: days when a month spans the plot, hours for half a day', () => {
    expect(ticksFor(utc(2017, 0, 1), utc(2017, 0, 21)).level).toMatchObject({
      unit: 'day',
      step: 1,
    });
    expect(ticksFor(utc(2017, 0, 1), utc(2017, 1, 1)).level).toMatchObject({ unit: 'day' });
    expect(ticksFor(utc(2017, 0, 1), utc(2017, 0, 1) + 12 * HOUR).level.unit).toBe('hour');
    expect(ticksFor(utc(2017, 0, 1), utc(2019, 0, 1)).level.unit).toBe('month');
    expect(ticksFor(utc(1900, 0, 1), utc(2000, 0, 1)).level).toMatchObject({ unit: 'year' });
  });

  it('keeps ticks apart on narrow plots too, whatever the zoom', () => {
    for (const width of [120, 320, 700, 1600]) {
      for (let span = 6 * HOUR; span < 300 * 365 * DAY; span *= 1.7) {
        const from = utc(2017, 0, 9) - span / 3;
        const { ticks } = ticksFor(from, from + span, width);
        expectNoOverlap(ticks, 'middle');
      }
    }
  });

  it('reads ticks in UTC, not in the local zone (pinned west of UTC in tests)', () => {
    const { ticks, context } = ticksFor(utc(2016, 11, 25), utc(2017, 0, 8));
    const newYear = ticks.find((t) => t.time === utc(2017, 0, 1));
    expect(newYear?.label).toBe('1');
    expect(context.map((c) => c.label)).toEqual(['December 2016', 'January 2017']);
    expect(tickLabel(utc(2017, 0, 1), 'year')).toBe('2017');
    expect(tickLabel(utc(2017, 0, 1), 'month')).toBe('Jan');
    expect(tickLabel(utc(2017, 0, 1) + 6 * HOUR, 'hour')).toBe('06:00');
  });

  it('names the period under way at the left edge, unless the next one crowds it', () => {
    const { context } = ticksFor(utc(2017, 0, 20), utc(2017, 1, 20));
    expect(context[0]).toMatchObject({ x: 0, label: 'January 2017' });
    const crowded = ticksFor(utc(2017, 0, 30), utc(2017, 1, 27)).context;
    expect(crowded.map((c) => c.label)).toEqual(['February 2017']);
  });

  it('keeps years 0-99 and before the common era', () => {
    expect(tickLabel(utc(50, 0, 1), 'year')).toBe('50');
    expect(tickLabel(utc(-43, 0, 1), 'year')).toBe('44 BCE');
    expect(contextLabel(utc(50, 6, 1), 'day')).toBe('July 50');
    const { ticks } = ticksFor(utc(10, 0, 1), utc(90, 0, 1));
    expect(ticks.map((t) => t.label)).toContain('50');
  });
});
