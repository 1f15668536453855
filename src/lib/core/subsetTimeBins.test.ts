import { utcDay, utcMonday, utcMonth, utcYear } from 'd3';
import { describe, expect, it } from 'vitest';
import seed from '../../../data/events.json';
import { filterPositions } from './filterPositions';
import { utc } from './partialDate';
import { subsetTimeBins } from './subsetTimeBins';
import { randomEvents, randomFilter } from './testing/randomEvents';
import { seededRandom } from './testing/seededRandom';
import { timeBins, timeDensity } from './timeBins';
import { createTimeIndex } from './timeIndex';
import { timeIndexAt } from './timeIndexAt';
import { validateDataset } from './validateDataset';

describe('subsetTimeBins', () => {
  it("gives the subset density's bins, exactly, on random data, filters, domains and periods", () => {
    const random = seededRandom(11);
    const intervals = [utcDay, utcMonday, utcMonth, utcYear];
    for (let run = 0; run < 60; run++) {
      const events = randomEvents(random, 1 + Math.floor(random() * 400));
      const index = createTimeIndex(events);
      const positions = filterPositions(index, randomFilter(random, events));
      const subset = timeIndexAt(index, positions);
      const [lo, hi] = index.extent;
      const a = lo + random() * (hi - lo);
      const interval = intervals[run % intervals.length]!;
      // Day bins over at most a year: a few hundred bins, as on screen.
      const span = (interval === utcDay ? Math.min(hi - lo, 365 * 864e5) : hi - lo) * random();
      const domain = [a, a + span + 864e5] as const;
      const direct = subsetTimeBins(index, positions, domain, interval);
      const viaDensity = timeBins(timeDensity(subset.starts, subset.ends), domain, interval);
      expect(direct.map((b) => [b.x0, b.x1])).toEqual(viaDensity.map((b) => [b.x0, b.x1]));
      // Each event's share of each bin, summed one by one. (The density's prefix sums are off
      // by up to 0.01 here: an instant's s / d, about 10^12, costs them their last digits.)
      const share = (s: number, e: number, t: number) =>
        t >= e ? 1 : t <= s ? 0 : (t - s) / Math.max(e - s, 1);
      let worst = 0;
      for (const bin of direct) {
        let exact = 0;
        for (let k = 0; k < subset.starts.length; k++) {
          const [s, e] = [subset.starts[k]!, subset.ends[k]!];
          exact += share(s, e, bin.x1) - share(s, e, bin.x0);
        }
        worst = Math.max(worst, Math.abs(bin.count - exact));
      }
      expect(worst).toBeLessThan(1e-9);
    }
  });

  it('counts the seed by month as its density does: five in January 2017, three in August 2019', () => {
    const index = createTimeIndex(validateDataset(seed).dataset.events);
    const months = subsetTimeBins(index, null, [utc(2016, 11, 1), utc(2019, 9, 1)], utcMonth);
    expect(months.find((b) => b.x0 === utc(2017, 0, 1))!.count).toBeCloseTo(5, 9);
    expect(months.find((b) => b.x0 === utc(2019, 7, 1))!.count).toBeCloseTo(3, 9);
    expect(months.reduce((n, b) => n + b.count, 0)).toBeCloseTo(index.events.length, 9);
  });

  it('has empty bins for an empty subset', () => {
    const index = createTimeIndex(validateDataset(seed).dataset.events);
    const bins = subsetTimeBins(
      index,
      new Int32Array(0),
      [utc(2017, 0, 1), utc(2018, 0, 1)],
      utcMonth,
    );
    expect(bins.length).toBeGreaterThanOrEqual(12);
    expect(bins.every((b) => b.count === 0)).toBe(true);
  });
});
