import { scaleUtc } from 'd3';
import { describe, expect, it } from 'vitest';
import { seededRandom } from './testing/seededRandom';
import { timeScale } from './timeScale';

describe('timeScale', () => {
  it('maps and inverts as d3.scaleUtc does, for random domains and ranges', () => {
    const random = seededRandom(3);
    for (let round = 0; round < 500; round++) {
      const d0 = Math.round((random() - 0.5) * 1e13);
      const d1 = round % 50 === 0 ? d0 : d0 + Math.round(random() * 1e12);
      const r0 = round % 7 === 0 ? 0 : random() * 100;
      const r1 = round % 60 === 1 ? r0 : r0 + random() * 2000;
      const ours = timeScale([d0, d1], [r0, r1]);
      const d3 = scaleUtc().domain([d0, d1]).range([r0, r1]);
      expect(ours.domain().map(Number)).toEqual(d3.domain().map(Number));
      expect(ours.range()).toEqual(d3.range());
      for (let i = 0; i < 5; i++) {
        const t = Math.round(d0 + (random() - 0.2) * (d1 - d0 || 1e9)); // a Date holds whole ms
        const px = r0 + (random() - 0.2) * (r1 - r0 || 100);
        expect(ours(t)).toBe(d3(new Date(t)));
        expect(ours(new Date(t))).toBe(d3(new Date(t)));
        expect(ours.invert(px).getTime()).toBe(d3.invert(px).getTime());
      }
    }
  });
});
