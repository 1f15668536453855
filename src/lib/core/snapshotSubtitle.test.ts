import { describe, expect, it } from 'vitest';
import { snapshotSubtitle } from './snapshotSubtitle';

const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`);

describe('snapshotSubtitle', () => {
  it('says the dates, the cursor and the count in words', () => {
    expect(
      snapshotSubtitle({
        dates: [day('2016-12-13'), day('2017-07-21')],
        cursor: day('2017-01-12'),
        shown: 5,
        total: 8,
      }),
    ).toBe('13 December 2016 – 20 July 2017 · cursor 12 January 2017 · 5 of 8 events');
  });

  it('gives a cursor between midnights its time, and groups big counts', () => {
    expect(
      snapshotSubtitle({
        dates: [day('2015-01-01'), day('2020-01-01')],
        cursor: Date.parse('2017-02-25T19:11:00Z'),
        shown: 1050,
        total: 105_000,
      }),
    ).toBe(
      '1 January 2015 – 31 December 2019 · cursor 25 February 2017, 19:11 UTC · 1,050 of 105,000 events',
    );
  });

  it('names the range band when it is shown', () => {
    expect(
      snapshotSubtitle({
        dates: [day('2017-01-01'), day('2017-02-01')],
        cursor: null,
        shown: 2,
        total: 8,
        band: '500–5,500 km from Moscow',
      }),
    ).toBe('1–31 January 2017 · 2 of 8 events · INF range band: 500–5,500 km from Moscow');
  });

  it('says when no event is shown', () => {
    expect(snapshotSubtitle({ dates: null, cursor: null, shown: 0, total: 1 })).toBe(
      'No events · 0 of 1 event',
    );
  });
});
