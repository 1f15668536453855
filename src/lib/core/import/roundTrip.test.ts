import { describe, expect, it } from 'vitest';
import seed from '../../../../data/events.json';
import type { DatelineEvent } from '../event';
import { validateDataset } from '../validateDataset';
import { eventsToCsv } from './eventsToCsv';
import { eventsToJson } from './eventsToJson';
import { importDataset } from './importDataset';

/** Events with everything the model can hold, and text that stresses CSV and spreadsheets. */
const tricky = validateDataset({
  title: 'Round trip',
  events: [
    ...seed.events,
    {
      id: 'tricky',
      date: '0044-03-15',
      end: '0044-04',
      title: '=HYPERLINK("http://evil","click") "quoted", with comma',
      summary: 'Line one\nLine two, "quoted"\r\nand @mention',
      place: 'Rome, Italy',
      lat: 41.89,
      lon: 12.51,
      locatedBy: 'place-name',
      tags: ['+plus', 'Ünïcode', '-minus'],
      actors: ['@actor'],
      sources: [
        { title: 'One', url: 'https://example.org/a?x=1&y=2', quote: '"Verbatim", it said.' },
        { title: 'Two' },
        { title: 'Three', quote: 'q' },
      ],
    },
    { id: 'by', date: '2017-01', qualifier: 'by', title: 'By then' },
  ],
});
const byId = (events: readonly DatelineEvent[]) =>
  [...events].sort((a, b) => a.id.localeCompare(b.id));

describe('export → import round trip', () => {
  it('starts from valid events', () => {
    expect(tricky.problems).toEqual([]);
  });

  it('CSV gives back the same events', async () => {
    const csv = eventsToCsv(tricky.dataset.events);
    const { result, report } = await importDataset(new TextEncoder().encode(csv), {
      fileName: 'view.csv',
    });
    expect(report.problems).toEqual([]);
    expect(report.notes).toEqual([]);
    expect(byId(result!.dataset.events)).toEqual(byId(tricky.dataset.events));
  });

  it('JSON gives back the same events and title', async () => {
    const json = eventsToJson('Round trip', tricky.dataset.events);
    const { result } = await importDataset(new TextEncoder().encode(json), {
      fileName: 'view.json',
    });
    expect(result!.dataset.title).toBe('Round trip');
    expect(byId(result!.dataset.events)).toEqual(byId(tricky.dataset.events));
  });

  it('CSV guards formula-like text for spreadsheets', () => {
    const csv = eventsToCsv(tricky.dataset.events);
    expect(csv).toContain(`"'=HYPERLINK(""http://evil"",""click"") ""quoted"", with comma"`);
    expect(csv.split('\n')[0]).toBe(
      'id,date,end,qualifier,title,summary,place,lat,lon,located_by,tags,actors,source_title,source_url,source_quote,source_2_title,source_2_url,source_2_quote,source_3_title,source_3_url,source_3_quote',
    );
  });
});
