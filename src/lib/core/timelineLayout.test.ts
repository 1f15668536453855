import { describe, expect, it } from 'vitest';
import seed from '../../../data/events.json';
import type { DatelineEvent } from './event';
import { utc } from './partialDate';
import { timelineGroups } from './timelineGroups';
import {
  BY_LEAD_IN,
  paddedExtent,
  POINT_RADIUS,
  timelineLayout,
  type TimelineMark,
} from './timelineLayout';
import { createTimeIndex } from './timeIndex';
import { validateDataset } from './validateDataset';

const { dataset } = validateDataset(seed);
const index = createTimeIndex(dataset.events);
const DAY = 864e5;

/** The pixels a mark covers, decorations included: what must not overlap in a lane. */
const footprint = (m: TimelineMark): [number, number] => [
  (m.x0 === m.x1 ? m.x0 - POINT_RADIUS : m.x0) - (m.by ? BY_LEAD_IN : 0),
  m.x0 === m.x1 ? m.x1 + POINT_RADIUS : m.x1,
];

function expectNoOverlapInLanes(marks: readonly TimelineMark[]) {
  for (const a of marks) {
    for (const b of marks) {
      if (a === b || a.lane !== b.lane || a.group !== b.group || a.lane < 0) continue;
      const [a0, a1] = footprint(a);
      const [b0, b1] = footprint(b);
      expect(a1 <= b0 || b1 <= a0, `${a.event.id} vs ${b.event.id}`).toBe(true);
    }
  }
}

describe('timelineLayout', () => {
  const layout = timelineLayout(index.events, 1000, paddedExtent(index.extent));

  it('draws one mark per event, shaped by its precision', () => {
    expect(layout.marks).toHaveLength(dataset.events.length);
    const mark = (id: string) => layout.marks.find((m) => m.event.id === id)!;
    expect(mark('shoigu-rossiya24-statement').shape).toBe('point');
    expect(mark('inf-us-withdrawal')).toMatchObject({
      shape: 'band',
      softStart: true,
      softEnd: true,
    });
    expect(mark('haftar-kuznetsov-tobruk')).toMatchObject({
      shape: 'span',
      softStart: false,
      softEnd: false,
    });
    expect(mark('haftar-moscow-lavrov')).toMatchObject({ shape: 'band', by: true });
  });

  it('keeps marks in one lane apart', () => {
    expectNoOverlapInLanes(layout.marks);
    expect(layout.lanes).toBeGreaterThan(1);
  });

  it('places marks in UTC: a day mark is centred on its UTC day', () => {
    const mark = layout.marks.find((m) => m.event.id === 'shoigu-rossiya24-statement')!;
    const noon = Date.UTC(2019, 7, 18, 12);
    expect(mark.x0).toBeCloseTo(layout.scale(noon), 6);
  });

  it('draws a day as wide as the day once zoomed in that far', () => {
    const close = timelineLayout(index.events, 1000, [utc(2019, 7, 15), utc(2019, 7, 22)]);
    const mark = close.marks.find((m) => m.event.id === 'shoigu-rossiya24-statement')!;
    expect(mark.x0).toBeCloseTo(close.scale(utc(2019, 7, 18)), 6);
    expect(mark.x1).toBeCloseTo(close.scale(utc(2019, 7, 19)), 6);
    // The month bands of August 2019 reach past the view on both sides.
    const band = close.marks.find((m) => m.event.id === 'inf-us-withdrawal')!;
    expect(band.x0).toBeLessThan(0);
    expect(band.x1).toBeGreaterThan(1000);
  });

  it('lays out only the events in view', () => {
    const january = timelineLayout(index.events, 1000, [utc(2017, 0, 1), utc(2017, 1, 1)]);
    expect(january.marks.map((m) => m.event.id).sort()).toEqual(
      index.events
        .filter((e) => e.date.startsWith('2017'))
        .map((e) => e.id)
        .sort(),
    );
  });

  it('brings its ticks and their context', () => {
    expect(layout.ticks.length).toBeGreaterThan(1);
    expect(layout.ticks.every((t) => t.x >= 0 && t.x <= 1000)).toBe(true);
    expect(layout.level.unit).toBe('month');
    expect(layout.context.map((c) => c.label)).toContain('2018');
  });

  it('counts marks beyond the lane limit in badges, and never hides one silently', () => {
    const crowd: DatelineEvent[] = Array.from({ length: 400 }, (_, i) => ({
      ...index.events[0]!,
      id: `e${i}`,
      qualifier: undefined,
      end: undefined,
      time: {
        start: utc(2017, 0, 1) + (i % 50) * DAY,
        end: utc(2017, 0, 2) + (i % 50) * DAY,
        precision: 'day',
      },
    }));
    const crowded = timelineLayout(crowd, 800, [utc(2016, 11, 1), utc(2017, 2, 1)], {
      maxLanes: 5,
      pinned: new Set(['e399']),
    });
    const drawn = crowded.marks.filter((m) => m.lane >= 0);
    expect(Math.max(...drawn.map((m) => m.lane))).toBeLessThan(5);
    expectNoOverlapInLanes(crowded.marks);
    const counted = crowded.badges.reduce((n, b) => n + b.count, 0);
    expect(drawn.length + counted).toBe(crowd.length);
    // Badges sit in columns of their own.
    crowded.badges
      .slice(1)
      .forEach((b, i) => expect(b.x0).toBeGreaterThanOrEqual(crowded.badges[i]!.x1));
    // The pinned (selected) event is drawn even when its lane overflowed.
    expect(crowded.marks.find((m) => m.event.id === 'e399')).toBeDefined();
  });

  it('counts rather than draws when too many events are in view, by the time index too', () => {
    const crowd: DatelineEvent[] = Array.from({ length: 3000 }, (_, i) => ({
      ...index.events[0]!,
      id: `e${i}`,
      qualifier: undefined,
      end: undefined,
      time: { start: utc(2000, 0, 1) + i * DAY, end: utc(2000, 0, 2) + i * DAY, precision: 'day' },
    }));
    const crowdIndex = createTimeIndex(crowd);
    const domain = [utc(1999, 0, 1), utc(2010, 0, 1)] as const;
    const options = {
      maxLanes: 5,
      aggregateAbove: 1000,
      index: crowdIndex,
      pinned: new Set(['e7']),
    };
    const counted = timelineLayout(crowdIndex.events, 900, domain, options);
    expect(counted.aggregated).toBe(true);
    expect(counted.inView).toBe(3000);
    expect(counted.marks.map((m) => m.event.id)).toEqual(['e7']);
    expect(counted.badges.reduce((n, b) => n + b.count, 0)).toBe(3000);
    // Zoomed in, the same data is drawn as marks again.
    const close = timelineLayout(
      crowdIndex.events,
      900,
      [utc(2001, 0, 1), utc(2001, 1, 1)],
      options,
    );
    expect(close.aggregated).toBe(false);
    expect(close.marks.length).toBe(close.inView);
  });

  it('lays out one track per tag, each packed on its own', () => {
    const groups = timelineGroups(index.events, 'tags');
    const grouped = timelineLayout(index.events, 1000, paddedExtent(index.extent), { groups });
    expect(grouped.groups.map((g) => g.label)).toContain('INF treaty');
    expect(grouped.marks).toHaveLength(index.events.reduce((n, e) => n + e.tags.length, 0));
    expect(new Set(grouped.marks.map((m) => m.key)).size).toBe(grouped.marks.length);
    expectNoOverlapInLanes(grouped.marks);
  });
});
