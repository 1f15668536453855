import { ImportError } from './importError';
import type { ImportFormat } from './importFormat';

/** What a text file holds, told from its first characters and, for a tie, its name. */
export type TextKind = { kind: 'json' } | { kind: 'delimited'; delimiter: ',' | '\t' | ';' };

const FORMATS_HINT = 'Dateline reads CSV, TSV, JSON, GeoJSON and TimelineJS files.';

/**
 * JSON starts with `{` or `[`; anything else is read as delimited text whose separator is the
 * one its header line uses most (a comma, a tab, or the semicolon of spreadsheets set to a
 * language that writes decimal commas). Markup is refused with a message.
 */
export function sniffText(text: string, fileName = ''): TextKind {
  const start = text.trimStart();
  if (start === '') throw new ImportError(`The file has no data: it is blank. ${FORMATS_HINT}`);
  const first = start[0];
  if (first === '{' || first === '[') return { kind: 'json' };
  // Before the name: a server that answers a missing "data.json" with its home page sends HTML.
  if (first === '<') {
    const what = /^<(!doctype html|html|head|body)\b/i.test(start)
      ? 'a web page (HTML)'
      : 'markup (HTML or XML)';
    throw new ImportError(`The file is ${what}, not data. ${FORMATS_HINT}`);
  }
  if (/\.(geo)?json$/i.test(fileName)) return { kind: 'json' }; // the parser says what is wrong
  return { kind: 'delimited', delimiter: headerDelimiter(start, fileName) };
}

function headerDelimiter(text: string, fileName: string): ',' | '\t' | ';' {
  const counts = { ',': 0, '\t': 0, ';': 0 };
  let quoted = false;
  for (let i = 0; i < text.length && i < 100_000; i++) {
    const c = text[i]!;
    if (c === '"') quoted = !quoted;
    else if (!quoted && (c === '\n' || c === '\r')) break;
    else if (!quoted && (c === ',' || c === '\t' || c === ';')) counts[c]++;
  }
  if (/\.tsv$|\.tab$/i.test(fileName) && counts['\t'] > 0) return '\t';
  if (counts['\t'] > counts[','] && counts['\t'] >= counts[';']) return '\t';
  if (counts[';'] > counts[',']) return ';';
  return ',';
}

/** Which JSON format a parsed value is, or a message saying why it is none of them. */
export function detectJsonFormat(value: unknown): Extract<ImportFormat, `${string}json`> {
  if (Array.isArray(value)) {
    throw new ImportError(
      `The JSON is a list ([…]), not a dataset. Dateline expects an object with an "events" list, ` +
        `such as {"title": "…", "events": [ … ]}, a GeoJSON FeatureCollection or a TimelineJS file.`,
    );
  }
  if (typeof value !== 'object' || value === null) {
    const what =
      value === null ? 'null' : `a single ${typeof value === 'string' ? 'text' : typeof value}`;
    throw new ImportError(`The JSON is ${what}, not a dataset. ${FORMATS_HINT}`);
  }
  const object = value as Record<string, unknown>;
  if (object.type === 'FeatureCollection' || object.type === 'Feature') return 'geojson';
  if (typeof object.type === 'string' && 'coordinates' in object) {
    throw new ImportError(
      `The GeoJSON is a bare ${object.type} geometry; Dateline reads a FeatureCollection of Point features whose properties are the events' fields.`,
    );
  }
  if (!Array.isArray(object.events)) {
    throw new ImportError(
      `The JSON has no "events" list. Dateline expects {"title": "…", "events": [ … ]}, a GeoJSON FeatureCollection or a TimelineJS file.`,
    );
  }
  if (object.events.some(looksLikeTimelineEvent) || isObject(object.title))
    return 'timelinejs-json';
  return 'dateline-json';
}

/** Whether an item of an `events` list is a TimelineJS slide (which makes its file TimelineJS). */
export function looksLikeTimelineEvent(event: unknown): boolean {
  return (
    typeof event === 'object' &&
    event !== null &&
    (isObject((event as Record<string, unknown>).start_date) ||
      isObject((event as Record<string, unknown>).text))
  );
}

function isObject(value: unknown): boolean {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
