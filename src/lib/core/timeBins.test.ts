import { bin, utcDay, utcMonth, utcYear } from 'd3';
import { describe, expect, it } from 'vitest';
import { seededRandom as seeded } from './testing/seededRandom';
import seed from '../../../data/events.json';
import { utc } from './partialDate';
import { binInterval, timeBins, timeDensity } from './timeBins';
import { endOrder } from './endOrder';
import { NO_FILTER } from './eventFilter';
import { filterPositions } from './filterPositions';
import { randomEvents } from './testing/randomEvents';
import { createTimeIndex } from './timeIndex';
import { timeIndexAt } from './timeIndexAt';
import { validateDataset } from './validateDataset';

const DAY = 864e5;
const sum = (bins: { count: number }[]) => bins.reduce((n, b) => n + b.count, 0);

describe('timeBins', () => {
  it('sums to the event count when the domain holds every event', () => {
    const index = createTimeIndex(validateDataset(seed).dataset.events);
    const density = timeDensity(index.starts, index.ends);
    for (const interval of [utcDay, utcMonth, utcYear]) {
      const bins = timeBins(density, [utc(2016, 11, 1), utc(2019, 9, 1)], interval);
      expect(sum(bins)).toBeCloseTo(index.events.length, 9);
    }
    const months = timeBins(density, [utc(2016, 11, 1), utc(2019, 9, 1)], utcMonth);
    // Five events in January 2017 (the 9-15 January spans inside it), three in August 2019.
    expect(months.find((b) => b.x0 === utc(2017, 0, 1))!.count).toBeCloseTo(5, 9);
    expect(months.find((b) => b.x0 === utc(2019, 7, 1))!.count).toBeCloseTo(3, 9);
  });

  it('gives the same bins with the end order supplied (endOrder of a filtered subset)', () => {
    const events = randomEvents(seeded(5), 2000);
    const index = createTimeIndex(events);
    const positions = filterPositions(index, { ...NO_FILTER, tags: ['Diplomacy'] });
    expect(positions!.length).toBeGreaterThan(100);
    const subset = timeIndexAt(index, positions);
    const domain = [index.extent[0], index.extent[1]] as const;
    const plain = timeBins(timeDensity(subset.starts, subset.ends), domain, utcMonth);
    const given = timeDensity(subset.starts, subset.ends, endOrder(index, positions));
    expect(timeBins(given, domain, utcMonth)).toEqual(plain);
  });

  it('spreads an event known to its month or year evenly over it', () => {
    const density = timeDensity(
      [utc(2019, 0, 1), utc(2019, 7, 1)],
      [utc(2020, 0, 1), utc(2019, 8, 1)],
    );
    const months = timeBins(density, [utc(2019, 0, 1), utc(2019, 11, 31)], utcMonth);
    expect(months).toHaveLength(12);
    expect(months[0]!.count).toBeCloseTo(31 / 365, 9);
    expect(months[7]!.count).toBeCloseTo(1 + 31 / 365, 9);
    const days = timeBins(density, [utc(2019, 7, 1), utc(2019, 7, 31)], utcDay);
    expect(days[17]!.count).toBeCloseTo(1 / 31 + 1 / 365, 9);
    expect(sum(months)).toBeCloseTo(2, 9);
  });

  it('counts day-precision events as d3.bin does with the same calendar thresholds', () => {
    const random = seeded(7);
    const from = utc(1990, 0, 1);
    const days = Math.floor((utc(2020, 0, 1) - from) / DAY);
    const starts = Float64Array.from(
      { length: 20_000 },
      () => from + Math.floor(random() * days) * DAY,
    );
    const ends = starts.map((s) => s + DAY);
    const domain = [utc(2000, 3, 12), utc(2011, 6, 3)] as const;
    const { interval } = binInterval(domain, 900);
    const bins = timeBins(timeDensity(starts, ends), domain, interval);
    const edges = [bins[0]!.x0, ...bins.map((b) => b.x1)];
    const reference = bin()
      .domain([edges[0]!, edges.at(-1)!])
      .thresholds(edges.slice(1, -1))([...starts].filter((t) => t < edges.at(-1)!));
    bins.forEach((b, i) => expect(b.count).toBeCloseTo(reference[i]!.length, 6));
    const inside = starts.filter((t) => t >= edges[0]! && t < edges.at(-1)!).length;
    expect(sum(bins)).toBeCloseTo(inside, 6);
    // Bins are whole calendar periods that tile the domain without gaps.
    bins.slice(1).forEach((b, i) => expect(b.x0).toBe(bins[i]!.x1));
    expect(bins[0]!.x0).toBeLessThanOrEqual(domain[0]);
    expect(bins.at(-1)!.x1).toBeGreaterThan(domain[1]);
  });

  it('picks bins a few pixels wide: months across decades, days across a season', () => {
    expect(binInterval([utc(2000, 0, 1), utc(2020, 0, 1)], 1000).name).toBe('month');
    expect(binInterval([utc(1980, 0, 1), utc(2020, 0, 1)], 1000).name).toBe('quarter');
    expect(binInterval([utc(2019, 0, 1), utc(2019, 3, 1)], 1000).name).toBe('day');
    expect(binInterval([utc(0, 0, 1), utc(2000, 0, 1)], 100).name).toBe('century');
  });
});
