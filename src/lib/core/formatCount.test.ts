import { describe, expect, it } from 'vitest';
import { countOf, formatCount, shortCount } from './formatCount';

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

  it('shortens counts for badges, rounding down', () => {
    expect(shortCount(0)).toBe('0');
    expect(shortCount(999)).toBe('999');
    expect(shortCount(1000)).toBe('1k');
    expect(shortCount(1099)).toBe('1k');
    expect(shortCount(4740)).toBe('4.7k');
    expect(shortCount(9999)).toBe('9.9k');
    expect(shortCount(12_345)).toBe('12k');
    expect(shortCount(999_999)).toBe('999k');
    expect(shortCount(1_250_000)).toBe('1.2M');
  });
});
