import { csvParseRows } from 'd3';
import { describe, expect, it } from 'vitest';
import { isTimelineSheet, readTimelineSheet } from './readTimelineSheet';

const HEADER =
  'Year,Month,Day,Time,End Year,End Month,End Day,End Time,Display Date,Headline,Text,Media,Media Credit,Media Caption,Media Thumbnail,Type,Group,Background';

describe('readTimelineSheet', () => {
  it('recognises the template header', () => {
    expect(isTimelineSheet(HEADER.split(','))).toBe(true);
    expect(isTimelineSheet(['year', 'title'])).toBe(false);
  });

  it('takes the "title" row as the title and every other row as an event', () => {
    const rows = readTimelineSheet(
      csvParseRows(
        `${HEADER}\n` +
          ',,,,,,,,,<b>Libya</b> in 2017,Intro,,,,,title,,\n' +
          '2017,1,11,10:00,2017,1,15,,,Kuznetsov,"<p>Haftar <a href=""x"">aboard</a></p>",https://example.org/v,<a href="https://tass.ru">TASS</a>,cap,,,Libya,\n' +
          '2016,,,,2018,,,,,An era,,,,,,era,,\n' +
          ',3,,,,,,,,No year,,,,,,,,\n' +
          '2017,,,,,,,,,"<blockquote>We will not deploy. <cite>Shoigu</cite></blockquote>",,"<blockquote>We will not deploy. <cite>Sergei Shoigu</cite></blockquote>",,,,,,\n',
      ),
    );
    expect(rows.title).toBe('Libya in 2017');
    expect(rows.records[0]).toEqual({
      id: '2017-01-11-kuznetsov',
      date: '2017-01-11',
      end: '2017-01-15',
      title: 'Kuznetsov',
      summary: 'Haftar aboard',
      tags: ['Libya'],
      sources: [{ title: 'TASS', url: 'https://example.org/v' }],
    });
    expect(rows.records[1]).toMatchObject({
      sources: [{ title: 'Sergei Shoigu', quote: 'We will not deploy.' }],
    });
    expect(rows.rowNumbers).toEqual([3, 6]);
    expect(rows.problems).toEqual([
      { row: 5, field: 'Year', reason: 'is missing (a month or day needs a year)' },
    ]);
    expect(rows.messages).toEqual([
      'Times of day were left out (1 row has one): Dateline dates events to the day.',
      '1 era row (spans that frame the timeline) is not events and was not loaded.',
      'Not shown by Dateline: the "Media Caption" columns.',
    ]);
  });
});
