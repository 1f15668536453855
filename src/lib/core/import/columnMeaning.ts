/** A column a delimited file may have, under its canonical name. */
export type ColumnField =
  | 'id'
  | 'date'
  | 'end'
  | 'qualifier'
  | 'title'
  | 'summary'
  | 'place'
  | 'lat'
  | 'lon'
  | 'locatedBy'
  | 'tags'
  | 'actors'
  | 'year'
  | 'month'
  | 'day'
  | 'time'
  | 'endYear'
  | 'endMonth'
  | 'endDay'
  | 'endTime';

/** What a header means: a field of the event, or part of its n-th source (0-based). */
export type ColumnMeaning =
  { field: ColumnField } | { source: number; part: 'title' | 'url' | 'quote' };

/**
 * Header names, lower case with spaces and punctuation as `_`, and the field each stands for:
 * the canonical names and the common aliases of spreadsheets and other tools.
 */
const ALIASES: Record<string, ColumnField> = {
  id: 'id',
  event_id: 'id',
  unique_id: 'id',
  uid: 'id',
  date: 'date',
  start_date: 'date',
  start: 'date',
  begin: 'date',
  when: 'date',
  end: 'end',
  end_date: 'end',
  until: 'end',
  qualifier: 'qualifier',
  title: 'title',
  headline: 'title',
  name: 'title',
  event: 'title',
  summary: 'summary',
  description: 'summary',
  text: 'summary',
  details: 'summary',
  place: 'place',
  location: 'place',
  place_name: 'place',
  city: 'place',
  lat: 'lat',
  latitude: 'lat',
  lon: 'lon',
  lng: 'lon',
  long: 'lon',
  longitude: 'lon',
  located_by: 'locatedBy',
  locatedby: 'locatedBy',
  tags: 'tags',
  tag: 'tags',
  category: 'tags',
  categories: 'tags',
  group: 'tags',
  actors: 'actors',
  actor: 'actors',
  people: 'actors',
  participants: 'actors',
  year: 'year',
  month: 'month',
  day: 'day',
  time: 'time',
  start_year: 'year',
  start_month: 'month',
  start_day: 'day',
  start_time: 'time',
  end_year: 'endYear',
  end_month: 'endMonth',
  end_day: 'endDay',
  end_time: 'endTime',
};

const SOURCE_PARTS: Record<string, 'title' | 'url' | 'quote'> = {
  '': 'title',
  title: 'title',
  name: 'title',
  url: 'url',
  link: 'url',
  quote: 'quote',
};

/** Normalises a header cell: "Start Date" → "start_date", "Source 2 URL" → "source_2_url". */
export function headerKey(header: string): string {
  return header
    .normalize('NFKC')
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '_')
    .replace(/^_+|_+$/g, '');
}

/** The meaning of a header cell, or null for a column Dateline does not use. */
export function columnMeaning(header: string): ColumnMeaning | null {
  const key = headerKey(header);
  const field = Object.hasOwn(ALIASES, key) ? ALIASES[key] : undefined;
  if (field) return { field };
  if (key === 'url' || key === 'link') return { source: 0, part: 'url' };
  if (key === 'quote') return { source: 0, part: 'quote' };
  // source, source_title, source_url, source_quote; source_2_title …; source2_url …
  const match = /^source_?(\d+)?_?(title|name|url|link|quote)?$/.exec(key);
  if (match) {
    const n = match[1] ? Number(match[1]) - 1 : 0;
    const part = SOURCE_PARTS[match[2] ?? ''];
    if (part && n >= 0 && n < 100) return { source: n, part };
  }
  return null;
}
