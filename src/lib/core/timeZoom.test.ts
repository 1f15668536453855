import { scaleUtc } from 'd3';
import { describe, expect, it } from 'vitest';
import { utc } from './partialDate';
import {
  clampDomain,
  domainShowing,
  MIN_SPAN,
  panDomain,
  pinchDomain,
  wheelZoomFactor,
  zoomDomain,
  zoomLimits,
  type TimeDomain,
} from './timeZoom';

const WIDTH = 800;
const DOMAIN: TimeDomain = [utc(2016, 11, 1), utc(2019, 9, 1)];
const LIMITS = zoomLimits([utc(2017, 0, 1), utc(2019, 8, 1)]);
const timeAt = (domain: TimeDomain, x: number) =>
  scaleUtc().domain([domain[0], domain[1]]).range([0, WIDTH]).invert(x).getTime();

describe('zoomDomain', () => {
  it('keeps the instant under the pointer where it is', () => {
    for (const [k, x] of [
      [2, 100],
      [0.5, 700],
      [8, 400],
    ] as const) {
      const next = zoomDomain(DOMAIN, WIDTH, k, x, LIMITS);
      expect(timeAt(next, x)).toBeCloseTo(timeAt(DOMAIN, x), -1);
      expect(next[1] - next[0]).toBeCloseTo((DOMAIN[1] - DOMAIN[0]) / k, -1);
    }
  });

  it('stops at hours when zooming in, about the same instant', () => {
    let domain = DOMAIN;
    for (let i = 0; i < 40; i++) domain = zoomDomain(domain, WIDTH, 2, 200, LIMITS);
    expect(domain[1] - domain[0]).toBe(MIN_SPAN);
    expect(timeAt(domain, 200)).toBeCloseTo(timeAt(DOMAIN, 200), -1);
  });

  it('stops at centuries when zooming out, and keeps the data within reach', () => {
    let domain = DOMAIN;
    for (let i = 0; i < 40; i++) domain = zoomDomain(domain, WIDTH, 0.5, 0, LIMITS);
    expect(domain[1] - domain[0]).toBe(LIMITS.maxSpan);
    const centre = (domain[0] + domain[1]) / 2;
    expect(centre).toBeGreaterThanOrEqual(LIMITS.bounds[0]);
    expect(centre).toBeLessThanOrEqual(LIMITS.bounds[1]);
  });
});

describe('panDomain', () => {
  it('drags time with the pointer: right shows earlier times', () => {
    const next = panDomain(DOMAIN, WIDTH, WIDTH / 4, LIMITS);
    const quarter = (DOMAIN[1] - DOMAIN[0]) / 4;
    expect(next[0]).toBeCloseTo(DOMAIN[0] - quarter, -1);
    expect(next[1] - next[0]).toBeCloseTo(DOMAIN[1] - DOMAIN[0], -1);
  });

  it('cannot pan the data out of reach', () => {
    const next = panDomain(DOMAIN, WIDTH, -100 * WIDTH, LIMITS);
    expect((next[0] + next[1]) / 2).toBe(LIMITS.bounds[1]);
  });
});

describe('pinchDomain', () => {
  it('keeps the instants under both fingers under them', () => {
    const from = [300, 500] as const;
    const to = [200, 600] as const;
    const next = pinchDomain(DOMAIN, WIDTH, from, to, LIMITS);
    expect(timeAt(next, 200)).toBeCloseTo(timeAt(DOMAIN, 300), -2);
    expect(timeAt(next, 600)).toBeCloseTo(timeAt(DOMAIN, 500), -2);
  });
});

describe('wheelZoomFactor', () => {
  it('zooms in on wheel up, out on wheel down, harder for a trackpad pinch', () => {
    expect(wheelZoomFactor(-100, 0, false)).toBeGreaterThan(1);
    expect(wheelZoomFactor(100, 0, false)).toBeLessThan(1);
    expect(wheelZoomFactor(-100, 0, false) * wheelZoomFactor(100, 0, false)).toBeCloseTo(1);
    expect(wheelZoomFactor(-10, 0, true)).toBeCloseTo(wheelZoomFactor(-100, 0, false));
    expect(wheelZoomFactor(-3, 1, false)).toBeCloseTo(2 ** 0.15);
  });
});

describe('domainShowing', () => {
  const jan9 = utc(2017, 0, 9);
  it('leaves a domain that shows the event alone', () => {
    expect(domainShowing(DOMAIN, [jan9, jan9 + 7 * 864e5], LIMITS)).toBe(DOMAIN);
    expect(domainShowing(DOMAIN, [utc(2018, 5, 1), utc(2018, 6, 1)], LIMITS)).toBe(DOMAIN);
  });

  it('pans to an event out of view, keeping the zoom', () => {
    const zoomed: TimeDomain = [utc(2019, 7, 1), utc(2019, 8, 1)];
    const next = domainShowing(zoomed, [jan9, jan9 + 864e5], LIMITS);
    expect(next[1] - next[0]).toBe(zoomed[1] - zoomed[0]);
    expect(next[0]).toBeLessThan(jan9);
    expect(next[1]).toBeGreaterThan(jan9 + 864e5);
  });

  it('zooms out for an event longer than the view', () => {
    const narrow: TimeDomain = [jan9, jan9 + 864e5];
    const next = domainShowing(narrow, [utc(2017, 0, 1), utc(2017, 1, 1)], LIMITS);
    expect(next[0]).toBeLessThan(utc(2017, 0, 1));
    expect(next[1]).toBeGreaterThan(utc(2017, 1, 1));
  });
});

describe('clampDomain', () => {
  it('widens a too-short domain about its anchor', () => {
    const noon = utc(2019, 7, 18) + 12 * 36e5;
    const next = clampDomain([noon - 1000, noon + 1000], LIMITS);
    expect(next).toEqual([noon - MIN_SPAN / 2, noon + MIN_SPAN / 2]);
  });
});
