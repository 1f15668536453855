import { describe, expect, it } from 'vitest';
import { markOpacity } from './markOpacity';

describe('markOpacity', () => {
  it('fades with the cursor, and dims outside a brushed range on top of that', () => {
    expect(markOpacity('shown', true)).toBe(1);
    expect(markOpacity('faded', true)).toBe(0.3);
    expect(markOpacity('hidden', true)).toBe(0.12);
    expect(markOpacity('shown', false)).toBe(0.35);
    expect(markOpacity('faded', false)).toBeCloseTo(0.105);
    expect(markOpacity('hidden', false)).toBeCloseTo(0.042);
  });
});
