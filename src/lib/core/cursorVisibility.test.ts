import { describe, expect, it } from 'vitest';
import seed from '../../../data/events.json';
import { cursorVisibility, mostRecentAt, type CursorView } from './cursorVisibility';
import { utc } from './partialDate';
import { createTimeIndex } from './timeIndex';
import { validateDataset } from './validateDataset';

const events = createTimeIndex(validateDataset(seed).dataset.events).events;
const DAY = 864e5;
const august = { start: utc(2019, 7, 1), end: utc(2019, 8, 1) };
const view = (cursor: number, mode: CursorView['mode'] = 'cumulative', days = 30): CursorView => ({
  cursor,
  mode,
  windowMs: days * DAY,
});

describe('cursorVisibility', () => {
  it('shows everything without a cursor', () => {
    expect(cursorVisibility(august, null)).toBe('shown');
  });

  it('cumulative: an event shows once it has started, and fades before', () => {
    expect(cursorVisibility(august, view(utc(2019, 6, 31)))).toBe('faded');
    expect(cursorVisibility(august, view(utc(2019, 7, 1)))).toBe('shown');
    expect(cursorVisibility(august, view(utc(2025, 0, 1)))).toBe('shown');
  });

  it('window: only events overlapping the window before the cursor show', () => {
    expect(cursorVisibility(august, view(utc(2019, 6, 31), 'window'))).toBe('hidden');
    expect(cursorVisibility(august, view(utc(2019, 7, 20), 'window'))).toBe('shown');
    // The month ended 1 September; a 30-day window at 30 September still reaches it (1 September excluded).
    expect(cursorVisibility(august, view(utc(2019, 8, 30), 'window'))).toBe('shown');
    expect(cursorVisibility(august, view(utc(2019, 9, 1), 'window'))).toBe('hidden');
  });
});

describe('mostRecentAt', () => {
  it('is the last event to have started by the cursor', () => {
    expect(mostRecentAt(events, view(utc(2019, 7, 18)))?.id).toBe('shoigu-rossiya24-statement');
    expect(mostRecentAt(events, view(utc(2019, 7, 17)))?.time.start).toBe(utc(2019, 7, 1));
    expect(mostRecentAt(events, view(utc(2017, 0, 10)))?.time.start).toBe(utc(2017, 0, 9));
  });

  it('is none before the first event, without a cursor, or outside the window', () => {
    expect(mostRecentAt(events, view(utc(2016, 0, 1)))).toBeNull();
    expect(mostRecentAt(events, null)).toBeNull();
    expect(mostRecentAt(events, view(utc(2018, 5, 1), 'window'))).toBeNull();
    expect(mostRecentAt(events, view(utc(2018, 5, 1)))?.time.start).toBe(utc(2017, 0, 9));
  });
});
