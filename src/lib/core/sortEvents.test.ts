import { describe, expect, it } from 'vitest';
import seed from '../../../data/events.json';
import { createTimeIndex } from './timeIndex';
import { sortEvents } from './sortEvents';
import { validateDataset } from './validateDataset';

const events = createTimeIndex(validateDataset(seed).dataset.events).events;
const ids = (list: { id: string }[]) => list.map((e) => e.id);

describe('sortEvents', () => {
  it('sorts by date both ways', () => {
    const up = sortEvents(events, 'date', 'ascending');
    expect(up[0]!.date.startsWith('2017')).toBe(true);
    expect(sortEvents(events, 'date', 'descending')[0]!.id).toBe('shoigu-rossiya24-statement');
  });

  it('sorts titles without regard to case or accents, and is stable', () => {
    const titles = sortEvents(events, 'title', 'ascending').map((e) => e.title);
    expect(titles).toEqual(
      [...titles].sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base' })),
    );
    const byPlace = sortEvents(events, 'place', 'ascending');
    const moscow = byPlace.filter((e) => e.place === 'Moscow, Russia');
    // Ties keep time order.
    expect(ids(moscow)).toEqual(ids(events.filter((e) => e.place === 'Moscow, Russia')));
  });

  it('puts events without a distance last in both directions', () => {
    const distances = new Map([
      ['inf-us-withdrawal', 7800],
      ['italy-embassy-tripoli', 2400],
    ]);
    expect(ids(sortEvents(events, 'distance', 'ascending', distances)).slice(0, 2)).toEqual([
      'italy-embassy-tripoli',
      'inf-us-withdrawal',
    ]);
    expect(ids(sortEvents(events, 'distance', 'descending', distances)).slice(0, 2)).toEqual([
      'inf-us-withdrawal',
      'italy-embassy-tripoli',
    ]);
  });
});
