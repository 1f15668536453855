import { describe, expect, it } from 'vitest';
import { readTimelineJson } from './readTimelineJson';

describe('readTimelineJson', () => {
  const timeline = {
    title: { text: { headline: 'Libya <i>2017</i>', text: '<p>Intro</p>' } },
    events: [
      {
        start_date: { year: '2017', month: '1', day: '11', hour: '9' },
        end_date: { year: 2017, month: 1, day: 15 },
        text: {
          headline: 'Haftar aboard the <b>Kuznetsov</b>',
          text: '<p>Off Tobruk.</p><p>Video link.</p>',
        },
        group: 'Libya',
        unique_id: 'kuznetsov',
        media: {
          url: 'https://example.org/v',
          credit: '<a href="https://tass.ru">TASS</a>',
          caption: 'c',
        },
      },
      {
        start_date: { year: '2017' },
        text: {
          text: 'No headline here, so the title comes from the text of the slide itself, cut short at eighty characters.',
        },
      },
      { text: { headline: 'No date' } },
      {
        start_date: { year: '2017', month: '14' },
        text: { headline: 'Bad month' },
        unique_id: 'bad',
      },
      'not an object',
    ],
    eras: [{ start_date: { year: 2016 }, end_date: { year: 2018 }, text: { headline: 'Era' } }],
  };

  it('maps slides onto canonical records, text reduced from HTML', () => {
    const rows = readTimelineJson(timeline);
    expect(rows.title).toBe('Libya 2017');
    expect(rows.unit).toBe('event');
    expect(rows.records[0]).toEqual({
      id: 'kuznetsov',
      date: '2017-01-11',
      end: '2017-01-15',
      title: 'Haftar aboard the Kuznetsov',
      summary: 'Off Tobruk.\n\nVideo link.',
      tags: ['Libya'],
      sources: [{ title: 'TASS', url: 'https://example.org/v' }],
    });
    expect(rows.records[1]).toMatchObject({
      id: '2017-no-headline-here-so-the-title-comes-from-the-text-of-the-sli',
      date: '2017',
      title: 'No headline here, so the title comes from the text of the slide itself, cut sho…',
    });
  });

  it('accounts for every slide: loaded, or reported with its number', () => {
    const rows = readTimelineJson(timeline);
    expect(rows.rowNumbers).toEqual([1, 2]);
    expect(rows.problems).toEqual([
      { row: 3, field: 'start_date', reason: 'is missing' },
      { row: 4, field: 'start_date.month', reason: "'14' is not a month", id: 'bad' },
      { row: 5, field: 'event', reason: 'is not an object' },
    ]);
    expect(rows.messages).toEqual([
      'Times of day were left out (1 event has one): Dateline dates events to the day.',
      '1 era (spans that frame the timeline) is not events and was not loaded.',
    ]);
  });
});
