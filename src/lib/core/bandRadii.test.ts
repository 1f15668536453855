import { describe, expect, it } from 'vitest';
import { checkBandRadii } from './bandRadii';

describe('checkBandRadii', () => {
  it('accepts 0 ≤ inner < outer ≤ 20,000 km', () => {
    expect(checkBandRadii(500, 5500)).toEqual({ ok: true, radiiKm: [500, 5500] });
    expect(checkBandRadii(0, 20_000)).toEqual({ ok: true, radiiKm: [0, 20_000] });
  });

  it('names the field at fault and the rule', () => {
    const cases: [number, number, 'inner' | 'outer', RegExp][] = [
      [Number.NaN, 5500, 'inner', /Inner radius: enter a number/],
      [500, Number.NaN, 'outer', /Outer radius: enter a number/],
      [-1, 5500, 'inner', /cannot be negative/],
      [500, 20_001, 'outer', /over 20,000 km/],
      [5500, 5500, 'inner', /less than the outer/],
      [6000, 5500, 'inner', /less than the outer/],
    ];
    for (const [inner, outer, field, message] of cases) {
      const check = checkBandRadii(inner, outer);
      expect(check.ok).toBe(false);
      if (check.ok) continue;
      expect(check.field).toBe(field);
      expect(check.message).toMatch(message);
      expect(check.message).toContain('0 ≤ inner < outer ≤ 20,000 km');
    }
  });
});
