import { dsvFormat } from 'd3';
import { unclosedQuote } from './unclosedQuote';
import type { DatelineEvent } from '../event';
import type { ValidationResult } from '../validateDataset';
import { decodeText } from './decodeText';
import { detectJsonFormat, sniffText } from './detectFormat';
import type { Gazetteer } from './gazetteer';
import { ImportError } from './importError';
import type { ImportFormat } from './importFormat';
import type { ImportedRows } from './importedRows';
import { fileTooBig } from './importLimits';
import { importProgress, type ImportPhase, type ImportProgress } from './importProgress';
import { failedReport, type LoadReport } from './loadReport';
import { parseJson } from './parseJson';
import { readDatelineJson } from './readDatelineJson';
import { DelimitedReader } from './readDelimited';
import { readGeoJson } from './readGeoJson';
import { readTimelineJson } from './readTimelineJson';
import { isTimelineSheet, readTimelineSheet } from './readTimelineSheet';
import { RowChecker } from './rowChecker';

export interface ImportOptions {
  /** The file's name (or the URL's last part): its extension breaks ties, and CSVs take their title from it. */
  fileName: string;
  /** What the report calls the file (its name, or the URL); defaults to `fileName`. */
  source?: string;
  /** Loads the gazetteer, only called when some event has a place but no coordinates. */
  loadGazetteer?: () => Promise<Gazetteer>;
  onProgress?: (progress: ImportProgress) => void;
  /**
   * How deeply the input's bytes nest as JSON, when scanned as they were read (see
   * EventsArraySplitter); used for UTF-8 and Windows-1252 input instead of scanning its text.
   */
  scannedJsonDepth?: number;
  /** Called with each event that loads, as it is checked (see ValidateOptions.onEvent). */
  onEvent?: (event: DatelineEvent) => void;
  /** False when `onEvent` takes the events away: see RowCheckerOptions.keepEvents. */
  keepEvents?: boolean;
}

export interface ImportOutcome {
  /** The events that loaded, sorted in time, or null when none did (keep the current data). */
  result: ValidationResult | null;
  report: LoadReport;
  /** A canonical JSON file's `stories`, unchecked, for the app state to check against the events. */
  stories?: unknown;
  /**
   * With a result, its time index's arrays: `order[p]` is where its p-th event (in time order)
   * came among the events as they were checked, the order `onEvent` saw them
   * (`checked[order[p]] === result.dataset.events[p]`); `starts` and `ends` in time order.
   */
  index?: { order: Int32Array; starts: Float64Array; ends: Float64Array };
}

/**
 * Reads any file Dateline knows (canonical JSON, CSV, TSV, GeoJSON, TimelineJS JSON or sheet)
 * into the canonical dataset: detects the format from the content (the name breaks ties), reads
 * its rows, places events by place name where they have no coordinates, passes every row
 * through the one validator, and reports every row that did not load and why. Pure: runs in a
 * worker or in Node. Files that are not data are reported, never thrown.
 */
export async function importDataset(
  input: Uint8Array | string,
  options: ImportOptions,
): Promise<ImportOutcome> {
  const source = options.source ?? options.fileName;
  const progress = (phase: ImportPhase, done: number) =>
    options.onProgress?.(importProgress(phase, done));
  let format: ImportFormat | null = null;
  let rows: ImportedRows;
  let stories: unknown;
  const messages: string[] = [];
  try {
    progress('parsing', 0);
    let text: string;
    let knownDepth: number | undefined;
    if (typeof input === 'string') text = input.replace(/^\uFEFF/, '');
    else {
      const tooBig = fileTooBig(input.length);
      if (tooBig) throw new ImportError(tooBig);
      const decoded = decodeText(input, 'The file');
      text = decoded.text;
      // Quotes, backslashes and brackets are the same single bytes in these two encodings.
      if (decoded.encoding === 'utf-8' || decoded.encoding === 'windows-1252')
        knownDepth = options.scannedJsonDepth;
      if (decoded.encoding === 'windows-1252') {
        messages.push('The file is not UTF-8; it was read as Windows-1252 (Western European).');
      }
    }
    const kind = sniffText(text, options.fileName);
    const onRows = (done: number, total: number) => progress('parsing', 0.3 + (0.7 * done) / total);
    if (kind.kind === 'json') {
      const value = parseJson(text, undefined, knownDepth) as Record<string, unknown>;
      format = detectJsonFormat(value);
      progress('parsing', 0.3);
      if (format === 'geojson') rows = readGeoJson(value, onRows);
      else if (format === 'timelinejs-json') rows = readTimelineJson(value, onRows);
      else {
        rows = readDatelineJson(value as { events: unknown[] });
        stories = value.stories;
      }
    } else {
      ({ format, rows } = readTable(text, kind.delimiter, (fraction) =>
        progress('parsing', fraction),
      ));
    }
  } catch (error) {
    if (error instanceof ImportError)
      return { result: null, report: failedReport(source, error.message, format) };
    throw error;
  }
  progress('parsing', 1);

  const checker = new RowChecker({
    unit: rows.unit,
    onProgress: progress,
    ...(options.loadGazetteer ? { loadGazetteer: options.loadGazetteer } : {}),
    ...(options.onEvent ? { onEvent: options.onEvent } : {}),
    ...(options.keepEvents !== undefined ? { keepEvents: options.keepEvents } : {}),
  });
  await checker.add(rows.records, rows.rowNumbers);
  return checker.finish({
    source,
    fileName: options.fileName,
    format,
    rows,
    messages,
    ...(stories !== undefined ? { stories } : {}),
  });
}

/**
 * Splits delimited text with d3-dsv's `parseRows` (RFC 4180 quoting; not `csvParse`, which
 * compiles code with `new Function` and so breaks under the app's Content-Security-Policy),
 * reading each row as it comes rather than holding every row's cells at once. A TimelineJS
 * sheet, small by nature, is collected and read whole.
 */
function readTable(
  text: string,
  delimiter: string,
  onProgress: (fraction: number) => void,
): { format: ImportFormat; rows: ImportedRows } {
  // Rows are about lines: counting line breaks is fast and good enough for a progress bar.
  let lines = 1;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) lines++;
  let reader: DelimitedReader | null = null;
  let sheet: string[][] | null = null;
  // d3-dsv reads a quoted cell that never closes to the end of the file, silently.
  const unclosed = unclosedQuote(text, delimiter);
  dsvFormat(delimiter).parseRows(text, (row, i) => {
    if (i === 0) {
      if (isTimelineSheet(row)) sheet = [row];
      else reader = new DelimitedReader(row, { decimalComma: delimiter === ';' });
    } else if (sheet) sheet.push(row);
    else if (i === unclosed?.record) reader!.rejectUnclosedQuote(i + 1, unclosed.linesAfter);
    else reader!.add(row, i + 1);
    if (i % 5000 === 0) onProgress(Math.min(1, i / lines));
    return null;
  });
  if (sheet) return { format: 'timelinejs-sheet', rows: readTimelineSheet(sheet) };
  const format: ImportFormat = delimiter === '\t' ? 'tsv' : 'csv';
  // An empty table has no header row: the reader says which columns it needs.
  return { format, rows: (reader ?? new DelimitedReader([])).finish() };
}
