import { describe, expect, it } from 'vitest';
import { countOf, formatCount } from './formatCount';

describe('formatCount', () => {
  it('groups thousands with commas, whatever the locale', () => {
    expect(formatCount(8)).toBe('8');
    expect(formatCount(1050)).toBe('1,050');
    expect(formatCount(105000)).toBe('105,000');
  });

  it('puts the noun in the singular for one only', () => {
    expect(countOf(1, 'event')).toBe('1 event');
    expect(countOf(0, 'event')).toBe('0 events');
    expect(countOf(10500, 'event')).toBe('10,500 events');
    expect(countOf(2, 'child', 'children')).toBe('2 children');
  });
});
