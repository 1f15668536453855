import { describe, expect, it } from 'vitest';
import { doubled } from './doubled';

describe('doubled', () => {
  it('keeps the values and their type, twice as long', () => {
    const floats = doubled(Float64Array.of(1.5, -2));
    expect(floats).toBeInstanceOf(Float64Array);
    expect([...floats]).toEqual([1.5, -2, 0, 0]);
    const ints = doubled(Int32Array.of(7));
    expect(ints).toBeInstanceOf(Int32Array);
    expect([...ints]).toEqual([7, 0]);
  });
});
