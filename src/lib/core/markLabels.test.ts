import { describe, expect, it } from 'vitest';
import seed from '../../../data/events.json';
import { LABEL_CHAR, markLabels, type LabelledMark, type MarkLabel } from './markLabels';
import { utc } from './partialDate';
import { timelineLayout } from './timelineLayout';
import { createTimeIndex } from './timeIndex';
import { validateDataset } from './validateDataset';

const mark = (
  x0: number,
  x1: number,
  lane: number,
  title = 'A fairly long event title',
): LabelledMark => ({
  x0,
  x1,
  f0: x0 === x1 ? x0 - 6 : x0,
  f1: x0 === x1 ? x1 + 6 : x1,
  group: 0,
  lane,
  title,
});

describe('markLabels', () => {
  it('puts a title inside a wide bar and after a point', () => {
    const [bar, point] = markLabels([mark(10, 400, 0), mark(500, 500, 1)], 1000);
    expect(bar).toMatchObject({ x: 14, inside: true, text: 'A fairly long event title' });
    expect(point).toMatchObject({ x: 510, inside: false, text: 'A fairly long event title' });
  });

  it('stops short of the next mark in the lane, cutting with an ellipsis, or drops the label', () => {
    const labels = markLabels([mark(100, 100, 0), mark(200, 200, 0), mark(240, 240, 0)], 1000);
    expect(labels[0]!.text).toMatch(/…$/);
    expect(labels[0]!.x + labels[0]!.text.length * LABEL_CHAR).toBeLessThanOrEqual(194);
    expect(labels[1]).toBeNull();
    expect(labels[2]!.text).toBe('A fairly long event title');
  });

  it('keeps labels inside the plot and off overflowed marks', () => {
    const labels = markLabels([mark(-300, 50, 0), mark(1200, 1200, 1), mark(500, 500, -1)], 1000);
    // A bar cut by the plot's edge, too narrow on screen for its title: the title follows it.
    expect(labels[0]).toMatchObject({ x: 54, inside: false, end: false });
    expect(labels[1]).toBeNull(); // off the plot: no title before it either
    expect(labels[2]).toBeNull();
  });

  it('puts the title before a mark when more of it fits there, as at the right edge', () => {
    const [point, bar] = markLabels([mark(980, 980, 0), mark(900, 990, 1)], 1000);
    // Right-aligned, ending clear of the point's drawn extent (6 px each side) and of the bar.
    expect(point).toMatchObject({ x: 970, end: true, inside: false, text: mark(0, 0, 0).title });
    expect(bar).toMatchObject({ x: 896, end: true, inside: false });
  });

  it('keeps a title after its mark unless only before it does it fit whole, or at all', () => {
    const [whole] = markLabels([mark(100, 100, 0)], 1000);
    expect(whole).toMatchObject({ x: 110, end: false });
    // Cut either side, a little more of it before: after all the same.
    const [cut] = markLabels([mark(100, 100, 0), mark(200, 200, 0)], 1000);
    expect(cut).toMatchObject({ x: 110, end: false, text: 'A fairly lo…' });
  });

  it('keeps a title before a mark clear of the last mark in the lane and its title', () => {
    const labels = markLabels([mark(100, 100, 0, 'Short'), mark(700, 700, 0)], 720);
    expect(labels[0]).toMatchObject({ x: 110, text: 'Short', end: false });
    expect(labels[1]).toMatchObject({ x: 690, end: true, text: 'A fairly long event title' });
    // Not whole before it, no title at all: no stub there.
    const squeezed = markLabels([mark(100, 100, 0, 'Short'), mark(260, 260, 0)], 280);
    expect(squeezed[1]).toBeNull();
    const room = markLabels([mark(100, 100, 0, 'Short'), mark(320, 320, 0)], 340);
    expect(room[1]).toMatchObject({ end: true, text: 'A fairly long event title' });
    expect(room[1]!.x - room[1]!.text.length * LABEL_CHAR).toBeGreaterThanOrEqual(
      room[0]!.x + 'Short'.length * LABEL_CHAR + 4,
    );
  });

  it('labels the seed story without a label running into another mark', () => {
    const index = createTimeIndex(validateDataset(seed).dataset.events);
    const extent = (label: MarkLabel): [number, number] => {
      const width = label.text.length * LABEL_CHAR;
      return label.end ? [label.x - width, label.x] : [label.x, label.x + width];
    };
    for (const domain of [
      [utc(2016, 11, 1), utc(2017, 1, 15)],
      [utc(2019, 6, 15), utc(2019, 8, 15)],
      [utc(2016, 11, 1), utc(2019, 10, 1)], // all of it, as the app opens
    ] as const) {
      const layout = timelineLayout(index.events, 1200, domain);
      const labelled = layout.marks.filter((m) => m.label);
      expect(labelled.length).toBeGreaterThan(2);
      for (const m of labelled) {
        const [l0, l1] = extent(m.label!);
        expect(l0).toBeGreaterThanOrEqual(0);
        expect(l1).toBeLessThanOrEqual(1200);
        for (const other of layout.marks) {
          if (other === m || other.lane !== m.lane) continue;
          const o0 = other.x0 === other.x1 ? other.x0 - 6 : other.x0;
          const o1 = other.x0 === other.x1 ? other.x1 + 6 : other.x1;
          expect(l1 <= o0 || l0 >= o1, `${m.event.id} label vs ${other.event.id}`).toBe(true);
          if (!other.label) continue;
          const [p0, p1] = extent(other.label);
          expect(l1 <= p0 || l0 >= p1, `${m.event.id} label vs its label`).toBe(true);
        }
      }
    }
  });
});
