import { formatCount } from '../formatCount';
import { headerKey } from './columnMeaning';
import { htmlToLine } from './htmlToText';
import { IdMaker } from './idMaker';
import { emptyRows, listSome, type ImportedRows, type RowProgress } from './importedRows';
import { timelineEvent } from './timelineEvent';

/** The columns of the TimelineJS Google Sheets template, as `headerKey` spells them. */
const TEMPLATE = [
  'year',
  'month',
  'day',
  'time',
  'end_year',
  'end_month',
  'end_day',
  'end_time',
  'display_date',
  'headline',
  'text',
  'media',
  'media_credit',
  'media_caption',
  'media_thumbnail',
  'type',
  'group',
  'background',
  'unique_id',
  'alt_text',
  'link',
] as const;
type Column = (typeof TEMPLATE)[number];

/** Columns whose content Dateline has no place for; the report names those that had any. */
const NOT_SHOWN: Partial<Record<Column, string>> = {
  display_date: 'Display Date',
  media_caption: 'Media Caption',
  media_thumbnail: 'Media Thumbnail',
  background: 'Background',
  alt_text: 'Alt Text',
  link: 'Link',
};

/** Whether a header row is TimelineJS's spreadsheet template (Year … Headline, Text …). */
export function isTimelineSheet(header: readonly string[]): boolean {
  const keys = new Set(header.map(headerKey));
  return keys.has('year') && keys.has('headline') && (keys.has('text') || keys.has('media'));
}

/**
 * Reads TimelineJS's spreadsheet template exported as CSV: one slide per row, dates in Year,
 * Month, Day (and End …) columns, HTML in Headline, Text and Media Credit reduced to text. The
 * row whose Type is "title" is the dataset's title, not an event; "era" rows are counted, not
 * loaded. Rows are numbered as the spreadsheet shows them: the header is row 1.
 */
export function readTimelineSheet(
  table: readonly string[][],
  onProgress?: RowProgress,
): ImportedRows {
  const rows = emptyRows('row');
  const index = new Map<Column, number>();
  (table[0] ?? []).forEach((name, i) => {
    const key = headerKey(name) as Column;
    if ((TEMPLATE as readonly string[]).includes(key) && !index.has(key)) index.set(key, i);
  });
  const get = (row: readonly string[], column: Column) => {
    const i = index.get(column);
    return i === undefined ? '' : (row[i] ?? '').trim();
  };
  const ids = new IdMaker(
    table
      .slice(1)
      .map((row) => get(row, 'unique_id'))
      .filter(Boolean),
  );
  let times = 0;
  let eras = 0;
  const unshown = new Set<string>();

  for (let i = 1; i < table.length; i++) {
    const row = table[i]!;
    const rowNumber = i + 1;
    if (i % 5000 === 0) onProgress?.(i, table.length - 1);
    if (row.every((c) => c.trim() === '')) continue;
    const type = get(row, 'type').toLowerCase();
    if (type === 'title') {
      const title = htmlToLine(get(row, 'headline')) || htmlToLine(get(row, 'text'));
      if (!rows.title) rows.title = title;
      else rows.messages.push(`Row ${rowNumber} is a second "title" row; the first title is used.`);
      continue;
    }
    if (type === 'era') {
      eras++;
      continue;
    }
    if (get(row, 'time') || get(row, 'end_time')) times++;
    for (const [column, label] of Object.entries(NOT_SHOWN)) {
      if (get(row, column as Column)) unshown.add(label);
    }
    const result = timelineEvent(
      {
        start: { year: get(row, 'year'), month: get(row, 'month'), day: get(row, 'day') },
        end: { year: get(row, 'end_year'), month: get(row, 'end_month'), day: get(row, 'end_day') },
        headline: get(row, 'headline'),
        text: get(row, 'text'),
        group: get(row, 'group'),
        uniqueId: get(row, 'unique_id'),
        media: {
          url: get(row, 'media'),
          credit: get(row, 'media_credit'),
          caption: get(row, 'media_caption'),
        },
      },
      ids,
      `row-${rowNumber}`,
      { start: (part) => capital(part), end: (part) => `End ${capital(part)}` },
    );
    if (!result.ok) {
      rows.problems.push({ row: rowNumber, field: result.field, reason: result.reason });
      continue;
    }
    rows.records.push(result.record);
    rows.rowNumbers.push(rowNumber);
  }
  if (times) {
    rows.messages.push(
      `Times of day were left out (${formatCount(times)} ${times === 1 ? 'row has' : 'rows have'} one): Dateline dates events to the day.`,
    );
  }
  if (eras) {
    rows.messages.push(
      `${formatCount(eras)} era ${eras === 1 ? 'row' : 'rows'} (spans that frame the timeline) ${eras === 1 ? 'is' : 'are'} not events and ${eras === 1 ? 'was' : 'were'} not loaded.`,
    );
  }
  if (unshown.size) {
    rows.messages.push(`Not shown by Dateline: the ${listSome([...unshown])} columns.`);
  }
  return rows;
}

function capital(word: string): string {
  return word[0]!.toUpperCase() + word.slice(1);
}
