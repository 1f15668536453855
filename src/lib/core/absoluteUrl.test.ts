import { describe, expect, it } from 'vitest';
import { absoluteUrl } from './absoluteUrl';

describe('absoluteUrl', () => {
  it('resolves a link against the page, keeps an absolute one, and refuses what does not parse', () => {
    const page = 'https://dateline.example/app/?tags=Libya';
    expect(absoluteUrl('/data/events.json', page)).toBe(
      'https://dateline.example/data/events.json',
    );
    expect(absoluteUrl('events.json', page)).toBe('https://dateline.example/app/events.json');
    expect(absoluteUrl('https://other.example/x.json', page)).toBe('https://other.example/x.json');
    expect(absoluteUrl('http://[bad', page)).toBeNull();
    expect(absoluteUrl('/data/events.json')).toBeNull(); // relative, and no page to resolve it by
  });
});
