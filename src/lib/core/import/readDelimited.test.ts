import { csvParseRows, tsvParseRows } from 'd3';
import { describe, expect, it } from 'vitest';
import { validateDataset } from '../validateDataset';
import { readDelimited } from './readDelimited';

const read = (text: string) => readDelimited(csvParseRows(text));

describe('readDelimited', () => {
  it('reads canonical columns, lists split by ";", sources by group', () => {
    const rows = read(
      'id,date,end,title,summary,place,lat,lon,tags,actors,source_title,source_url,source_quote,source_2_title\n' +
        'a,2019-08-02,2019-08-18,US leaves,"It said, ""no""",Washington,38.9,-77.04,INF treaty; USA,United States,Reuters,https://example.org/a,"We are out",TASS\n',
    );
    expect(rows.problems).toEqual([]);
    expect(rows.rowNumbers).toEqual([2]);
    expect(rows.records[0]).toEqual({
      id: 'a',
      date: '2019-08-02',
      end: '2019-08-18',
      title: 'US leaves',
      summary: 'It said, "no"',
      place: 'Washington',
      lat: '38.9',
      lon: '-77.04',
      tags: ['INF treaty', 'USA'],
      actors: ['United States'],
      sources: [
        { title: 'Reuters', url: 'https://example.org/a', quote: 'We are out' },
        { title: 'TASS' },
      ],
    });
    expect(validateDataset({ events: rows.records }).problems).toEqual([]);
  });

  it('reads aliases and year/month/day columns', () => {
    const rows = read(
      'Headline,Year,Month,Day,End Year,Description,Latitude,Longitude,Location,Category\n' +
        'Kuznetsov off Tobruk,2017,1,11,,On board,32.08,23.96,Tobruk,Libya\n' +
        'A year,2017,,,2018,,,,,\n',
    );
    expect(rows.records).toMatchObject([
      {
        title: 'Kuznetsov off Tobruk',
        date: '2017-01-11',
        summary: 'On board',
        lat: '32.08',
        lon: '23.96',
        place: 'Tobruk',
        tags: ['Libya'],
      },
      { title: 'A year', date: '2017', end: '2018' },
    ]);
    expect(rows.messages).toContain(
      'The table has no id column: ids were made from each date and title.',
    );
    expect(rows.records.map((r) => (r as { id: string }).id)).toEqual([
      '2017-01-11-kuznetsov-off-tobruk',
      '2017-a-year',
    ]);
  });

  it('handles RFC 4180 quoting: separators, quotes and line breaks inside cells, CRLF', () => {
    const rows = read(
      'id,date,title,summary\r\n"x,1",2019,"Two\r\nlines","He said ""hi"", then left"\r\n',
    );
    expect(rows.records).toEqual([
      { id: 'x,1', date: '2019', title: 'Two\r\nlines', summary: 'He said "hi", then left' },
    ]);
  });

  it('reads TSV the same way', () => {
    const rows = readDelimited(tsvParseRows('id\tdate\ttitle\na\t2019-08\tA, with comma\n'));
    expect(rows.records).toEqual([{ id: 'a', date: '2019-08', title: 'A, with comma' }]);
  });

  it('reads decimal commas when the separator is a semicolon', () => {
    const rows = readDelimited(
      [
        ['id', 'date', 'title', 'lat', 'lon'],
        ['a', '2019', 'A', '55,75', '37,61'],
      ],
      {
        decimalComma: true,
      },
    );
    expect(rows.records[0]).toMatchObject({ lat: '55.75', lon: '37.61' });
  });

  it('numbers rows as a spreadsheet does, skips blank rows, reports bad date parts', () => {
    const rows = read(
      'id,title,year,month,day\na,A,2019,8,1\n,,,,\nb,B,2019,Smarch,1\nc,C,2019,2,30\n',
    );
    expect(rows.rowNumbers).toEqual([2, 5]);
    expect(rows.problems).toEqual([{ row: 4, field: 'month', reason: "'Smarch' is not a month" }]);
    // Day 30 of February is the validator's to judge, with the spreadsheet's row number.
    const { problems } = validateDataset({ events: rows.records }, { rowNumbers: rows.rowNumbers });
    expect(problems).toEqual([
      { row: 5, id: 'c', field: 'date', reason: "'2019-02-30' is not a date (day 30)" },
    ]);
  });

  it('says which columns it did not use and which repeat', () => {
    const rows = read('id,date,title,colour,Title,mood\na,2019,A,red,B,calm\n');
    expect(rows.messages).toContain('Columns not used: "colour" and "mood".');
    expect(rows.messages).toContain('Repeated columns, only the first of each is used: "Title".');
    expect(rows.records[0]).toMatchObject({ title: 'A' });
  });

  it('notes times of day it leaves out', () => {
    const rows = read('id,date,title\na,2019-08-18T10:00:00Z,A\nb,2019-08-19,B\n');
    expect(rows.records[0]).toMatchObject({ date: '2019-08-18' });
    expect(rows.messages).toContain(
      'Times of day were left out (1 row has one): Dateline dates events to the day.',
    );
  });

  it("undoes the export's formula guard", () => {
    const rows = read(`id,date,title,tags\na,2019,"'=1+1",'@home; work\n`);
    expect(rows.records[0]).toMatchObject({ title: '=1+1', tags: ['@home', 'work'] });
  });

  it.each([
    ['id,title\na,A\n', /no date column.*"id" and "title"/],
    ['id,date\na,2019\n', /no title column/],
  ])('refuses a table without the columns it needs: %j', (text, message) => {
    expect(() => read(text)).toThrow(message);
  });
});
