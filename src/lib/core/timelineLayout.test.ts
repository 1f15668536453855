import { describe, expect, it } from 'vitest';
import seed from '../../../data/events.json';
import { MIN_TICK_SPACING, POINT_RADIUS, paddedExtent, timelineLayout } from './timelineLayout';
import { createTimeIndex } from './timeIndex';
import { validateDataset } from './validateDataset';

const { dataset } = validateDataset(seed);
const index = createTimeIndex(dataset.events);

describe('timelineLayout', () => {
  const layout = timelineLayout(index.events, 1000, paddedExtent(index.extent));

  it('draws one mark per event, shaped by its precision', () => {
    expect(layout.marks).toHaveLength(dataset.events.length);
    const shape = (id: string) => layout.marks.find((m) => m.event.id === id)?.shape;
    expect(shape('shoigu-rossiya24-statement')).toBe('point');
    expect(shape('inf-us-withdrawal')).toBe('band');
    expect(shape('haftar-kuznetsov-tobruk')).toBe('span');
  });

  it('keeps marks in one lane apart', () => {
    const foot = (m: (typeof layout.marks)[number]) =>
      m.shape === 'point' ? [m.x0 - POINT_RADIUS, m.x1 + POINT_RADIUS] : [m.x0, m.x1];
    for (const a of layout.marks) {
      for (const b of layout.marks) {
        if (a === b || a.lane !== b.lane) continue;
        const [a0, a1] = foot(a);
        const [b0, b1] = foot(b);
        expect(a1! <= b0! || b1! <= a0!, `${a.event.id} vs ${b.event.id}`).toBe(true);
      }
    }
    expect(layout.lanes).toBeGreaterThan(1);
  });

  it('places marks in UTC: a day mark is centred on its UTC day', () => {
    const mark = layout.marks.find((m) => m.event.id === 'shoigu-rossiya24-statement')!;
    const noon = Date.UTC(2019, 7, 18, 12);
    expect(mark.x0).toBeCloseTo(layout.scale(noon), 6);
  });

  it('spaces tick labels so they never overlap', () => {
    expect(layout.ticks.length).toBeGreaterThan(1);
    layout.ticks.slice(1).forEach((t, i) => {
      expect(t.x - layout.ticks[i]!.x).toBeGreaterThanOrEqual(MIN_TICK_SPACING);
    });
    expect(layout.ticks.every((t) => t.x >= 0 && t.x <= 1000 && t.label)).toBe(true);
  });
});
