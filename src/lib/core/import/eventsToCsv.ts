import { csvFormatRows } from 'd3';
import type { DatelineEvent } from '../event';
import { spreadsheetSafe } from './spreadsheetSafe';

const COLUMNS = [
  'id',
  'date',
  'end',
  'qualifier',
  'title',
  'summary',
  'place',
  'lat',
  'lon',
  'located_by',
  'tags',
  'actors',
] as const;

/**
 * Events as CSV with the canonical column names, which Dateline reads back to the same events:
 * lists joined by "; ", one `source_title`, `source_url`, `source_quote` group per source
 * (`source_2_title` … for the second). Text that a spreadsheet would run as a formula is
 * guarded with an apostrophe (see spreadsheetSafe). A list item containing ";" cannot survive
 * the trip, as in any `;`-separated list.
 */
export function eventsToCsv(events: readonly DatelineEvent[]): string {
  // A loop, not Math.max(...list): spreading 200,000 arguments overflows the stack.
  let sourceGroups = 1;
  for (const event of events) sourceGroups = Math.max(sourceGroups, event.sources.length);
  const header: string[] = [...COLUMNS];
  for (let n = 1; n <= sourceGroups; n++) {
    const prefix = n === 1 ? 'source' : `source_${n}`;
    header.push(`${prefix}_title`, `${prefix}_url`, `${prefix}_quote`);
  }
  const rows = events.map((e) => {
    const text = (value: string | undefined) => spreadsheetSafe(value ?? '');
    const row = [
      text(e.id),
      e.date,
      e.end ?? '',
      e.qualifier ?? '',
      text(e.title),
      text(e.summary),
      text(e.place),
      e.lat === undefined ? '' : String(e.lat),
      e.lon === undefined ? '' : String(e.lon),
      e.lat === undefined ? '' : (e.locatedBy ?? ''),
      text(e.tags.join('; ')),
      text(e.actors.join('; ')),
    ];
    for (let n = 0; n < sourceGroups; n++) {
      const source = e.sources[n];
      row.push(text(source?.title), source?.url ?? '', text(source?.quote));
    }
    return row;
  });
  return `${csvFormatRows([header, ...rows])}\n`;
}
