import { countOf, formatCount } from '../formatCount';
import type { EventSource } from '../event';
import { columnMeaning, type ColumnField } from './columnMeaning';
import { dateCell, dateFromParts } from './dateFromParts';
import { IdMaker } from './idMaker';
import { ImportError } from './importError';
import { emptyRows, listSome, type ImportedRows, type RowProgress } from './importedRows';
import { splitList } from './splitList';
import { fromSpreadsheetSafe } from './spreadsheetSafe';

type Fields = Record<string, unknown>;
type SourceColumn = { source: number; part: 'title' | 'url' | 'quote'; index: number };
type DateOf =
  | { ok: true; date: string; hadTime: boolean }
  | { ok: false; field: string; reason: string }
  | null;

/**
 * Reads a CSV or TSV table (already split into cells by d3-dsv) whose header row names the
 * canonical fields or their common aliases: lists are separated by `;`, dates are ISO or split
 * into year, month and day columns, sources are `source_title`, `source_url`, `source_quote`
 * (then `source_2_title` …). Rows are numbered as a spreadsheet shows them: the header is row 1.
 */
export function readDelimited(
  table: readonly string[][],
  options: { decimalComma?: boolean; onProgress?: RowProgress } = {},
): ImportedRows {
  const reader = new DelimitedReader(table[0] ?? [], options);
  for (let i = 1; i < table.length; i++) {
    if (i % 5000 === 0) options.onProgress?.(i, table.length - 1);
    reader.add(table[i]!, i + 1);
  }
  return reader.finish();
}

/**
 * The same, one row at a time, so a big file is read as d3-dsv splits it (its `parseRows`
 * callback) without holding the whole table of cells in memory.
 */
export class DelimitedReader {
  private readonly rows: ImportedRows = emptyRows('row');
  private readonly columns = new Map<ColumnField, number>();
  private readonly sourceColumns: SourceColumn[] = [];
  private readonly ids: IdMaker | null;
  private readonly decimalComma: boolean;
  private times = 0;

  /** Reads the header row; throws an ImportError when it lacks a date or a title column. */
  constructor(header: readonly string[], options: { decimalComma?: boolean } = {}) {
    this.decimalComma = options.decimalComma ?? false;
    const unused: string[] = [];
    const repeated: string[] = [];
    header.forEach((name, index) => {
      const meaning = columnMeaning(name);
      if (!meaning) {
        if (name.trim()) unused.push(name.trim());
      } else if ('field' in meaning) {
        if (this.columns.has(meaning.field)) repeated.push(name.trim());
        else this.columns.set(meaning.field, index);
      } else if (
        this.sourceColumns.some((c) => c.source === meaning.source && c.part === meaning.part)
      ) {
        repeated.push(name.trim());
      } else this.sourceColumns.push({ ...meaning, index });
    });
    const names = header.filter((h) => h.trim());
    if (!this.columns.has('date') && !this.columns.has('year')) {
      throw new ImportError(
        `The table has no date column. Name one "date" (YYYY, YYYY-MM or YYYY-MM-DD) or give "year", "month" and "day" columns. ` +
          `Its header row has ${names.length ? listSome(names) : 'no names'}.`,
      );
    }
    if (!this.columns.has('title')) {
      throw new ImportError(
        `The table has no title column ("title" or "headline"). Its header row has ${listSome(names)}.`,
      );
    }
    const { messages } = this.rows;
    if (unused.length) messages.push(`Columns not used: ${listSome(unused)}.`);
    if (repeated.length) {
      messages.push(`Repeated columns, only the first of each is used: ${listSome(repeated)}.`);
    }
    this.ids = this.columns.has('id') ? null : new IdMaker();
    if (this.ids)
      messages.push('The table has no id column: ids were made from each date and title.');
  }

  /**
   * Reports the row where a quoted cell opens and never closes (see unclosedQuote): it held the
   * rest of the file, `linesAfter` lines, as one cell, and none of that loads.
   */
  rejectUnclosedQuote(rowNumber: number, linesAfter: number): void {
    const rest = `the ${countOf(linesAfter, 'line')} after it`;
    this.rows.problems.push({
      row: rowNumber,
      field: 'quotes',
      reason:
        `a cell opens with a quote mark (") that never closes, so this row and ${rest} ran together ` +
        'into one cell and were not read. Close the quote, and double any quote mark inside a quoted cell ("").',
    });
  }

  /** Reads one data row; `rowNumber` is where a spreadsheet shows it. Blank rows are skipped. */
  add(row: readonly string[], rowNumber: number): void {
    if (isBlank(row)) return;
    const start = this.dateOf(row, 'date', 'year', 'month', 'day');
    const end = this.dateOf(row, 'end', 'endYear', 'endMonth', 'endDay');
    const failed = start && !start.ok ? start : end && !end.ok ? end : null;
    if (failed) {
      this.rows.problems.push({ row: rowNumber, field: failed.field, reason: failed.reason });
      return;
    }
    const hadTime = (start?.ok && start.hadTime) || (end?.ok && end.hadTime);
    if (hadTime || this.cell(row, 'time') || this.cell(row, 'endTime')) this.times++;

    const record: Fields = {};
    put(record, 'id', this.text(row, 'id'));
    put(record, 'date', start?.ok ? start.date : undefined);
    put(record, 'end', end?.ok ? end.date : undefined);
    put(record, 'qualifier', this.cell(row, 'qualifier'));
    put(record, 'title', this.text(row, 'title'));
    put(record, 'summary', this.text(row, 'summary'));
    put(record, 'place', this.text(row, 'place'));
    put(record, 'lat', this.number(row, 'lat'));
    put(record, 'lon', this.number(row, 'lon'));
    put(record, 'locatedBy', this.cell(row, 'locatedBy'));
    put(record, 'tags', this.list(row, 'tags'));
    put(record, 'actors', this.list(row, 'actors'));
    put(record, 'sources', this.sources(row));
    if (this.ids) {
      record.id = this.ids.make(
        String(record.date ?? ''),
        String(record.title ?? ''),
        `row-${rowNumber}`,
      );
    }
    this.rows.records.push(record);
    this.rows.rowNumbers.push(rowNumber);
  }

  finish(): ImportedRows {
    if (this.times) {
      this.rows.messages.push(
        `Times of day were left out (${formatCount(this.times)} ${this.times === 1 ? 'row has' : 'rows have'} one): Dateline dates events to the day.`,
      );
    }
    return this.rows;
  }

  private cell(row: readonly string[], field: ColumnField): string {
    const index = this.columns.get(field);
    return index === undefined ? '' : (row[index] ?? '').trim();
  }

  private text(row: readonly string[], field: ColumnField): string | undefined {
    return fromSpreadsheetSafe(this.cell(row, field)) || undefined;
  }

  private list(row: readonly string[], field: ColumnField): string[] {
    const cell = this.cell(row, field);
    return cell ? splitList(fromSpreadsheetSafe(cell)) : [];
  }

  private number(row: readonly string[], field: ColumnField): string | undefined {
    const value = this.cell(row, field);
    return this.decimalComma && /^-?\d+,\d+$/.test(value)
      ? value.replace(',', '.')
      : value || undefined;
  }

  /** The ISO date of a row from its date column, or else from its year/month/day columns. */
  private dateOf(
    row: readonly string[],
    iso: ColumnField,
    year: ColumnField,
    month: ColumnField,
    day: ColumnField,
  ): DateOf {
    const text = this.cell(row, iso);
    if (text) return { ok: true, ...dateCell(text) };
    if (!this.columns.has(year)) return null;
    const parts = dateFromParts(this.cell(row, year), this.cell(row, month), this.cell(row, day));
    if (!parts) return null;
    if (!parts.ok) {
      const field = { year, month, day }[parts.field].replace(
        /^end(.)/,
        (_, c: string) => `end_${c.toLowerCase()}`,
      );
      return { ok: false, field, reason: parts.reason };
    }
    return { ok: true, date: parts.date, hadTime: false };
  }

  private sources(row: readonly string[]): EventSource[] | undefined {
    if (this.sourceColumns.length === 0) return undefined;
    const sources: Partial<EventSource>[] = [];
    for (const { source, part, index } of this.sourceColumns) {
      const value = fromSpreadsheetSafe((row[index] ?? '').trim());
      if (value) (sources[source] ??= {})[part] = value;
    }
    return sources.flatMap((source) => {
      if (!source) return [];
      // A link or a quote without a title keeps a readable name rather than losing the row.
      const title = source.title ?? (source.url ? hostOf(source.url) : 'Source');
      return [{ ...source, title }];
    });
  }
}

function isBlank(row: readonly string[]): boolean {
  for (const cell of row) if (cell !== '' && cell.trim() !== '') return false;
  return true;
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname || url;
  } catch {
    return url;
  }
}

/** Sets a field only when it has a value, so empty cells stay absent, not empty. */
function put(record: Fields, key: string, value: string | unknown[] | undefined): void {
  if (value !== undefined && value !== '' && !(Array.isArray(value) && value.length === 0)) {
    record[key] = value;
  }
}
