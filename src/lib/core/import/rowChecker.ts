import { countOf, formatCount } from '../formatCount';
import type { DatelineEvent } from '../event';
import { doubled } from '../doubled';
import { timeOrder } from '../timeOrder';
import { DatasetValidator, type LoadProblem } from '../validateDataset';
import type { Gazetteer } from './gazetteer';
import type { ImportOutcome } from './importDataset';
import type { ImportFormat } from './importFormat';
import type { ImportedRows } from './importedRows';
import type { ImportPhase } from './importProgress';
import type { LoadReport } from './loadReport';
import { locateByPlace, needsLocation } from './locateByPlace';
import { overlongField } from './overlongField';

export interface RowCheckerOptions {
  /** What a row is called in messages ("row", "feature", "event"). */
  unit: string;
  /** Loads the gazetteer, only called when some record has a place but no coordinates. */
  loadGazetteer?: () => Promise<Gazetteer>;
  /** Called with each event that loads, as it is checked, in file order. */
  onEvent?: (event: DatelineEvent) => void;
  /**
   * False when `onEvent` takes the events away (an import worker sends them to the page as they
   * come): the outcome's events are then empty and its `index` is all that is kept of them. An
   * import worker holding 100,000 checked events until the end made each of its garbage
   * collections copy them.
   */
  keepEvents?: boolean;
  onProgress?: (phase: ImportPhase, done: number) => void;
}

/** What a reader found besides its records, for the report. */
export interface RowCheckerFinish {
  source: string;
  fileName: string;
  format: ImportFormat | null;
  /** The reader's rows (their records already added): title, unit, problems, notes, messages. */
  rows: Omit<ImportedRows, 'records' | 'rowNumbers'>;
  /** Messages on the whole file found before its rows (its encoding). */
  messages: string[];
  stories?: unknown;
}

/**
 * What every import does with a reader's records, fed a batch at a time (all at once for most
 * files; as a download arrives for a canonical JSON): rows too long to keep are reported, records
 * with a place but no coordinates are placed by the gazetteer, every record passes the one
 * validator, and `finish` sorts the events and writes the report. Fed in any batches, the outcome
 * is the same as fed everything at once.
 */
export class RowChecker {
  private readonly validator: DatasetValidator;
  private readonly overlong: LoadProblem[] = [];
  private readonly placeNotes: LoadProblem[] = [];
  private added = 0;
  /** Records that needed the gazetteer. */
  private unplaced = 0;
  private gazetteer: Promise<Gazetteer> | null = null;
  private gazetteerError: string | null = null;
  /** Each loaded event's start and end, in the order checked, and how many were placed by name. */
  private readonly times = new EventTimes();
  private locatedByName = 0;

  constructor(private readonly options: RowCheckerOptions) {
    const { onEvent, keepEvents = true } = options;
    this.validator = new DatasetValidator(
      options.unit,
      (event) => {
        this.times.push(event.time.start, event.time.end);
        if (event.locatedBy === 'place-name') this.locatedByName++;
        onEvent?.(event);
      },
      keepEvents,
    );
  }

  /** Checks the next records of the file, in file order, with their row numbers. */
  async add(batch: readonly unknown[], batchRows: readonly number[]): Promise<void> {
    const progress = this.options.onProgress;
    this.added += batch.length;
    // Rows too long to keep are reported here, before anything else looks at them.
    const records: unknown[] = [];
    const rowNumbers: number[] = [];
    for (let i = 0; i < batch.length; i++) {
      const record = batch[i];
      const row = batchRows[i]!;
      const overlong = overlongField(record);
      if (overlong) this.overlong.push({ row, ...overlong, ...idOf(record) });
      else {
        records.push(record);
        rowNumbers.push(row);
      }
    }

    let unplaced = 0;
    for (let i = 0; i < records.length; i++) if (needsLocation(records[i])) unplaced++;
    this.unplaced += unplaced;
    const { loadGazetteer } = this.options;
    if (unplaced > 0 && loadGazetteer && this.gazetteerError === null) {
      progress?.('locating', 0);
      try {
        const gazetteer = await (this.gazetteer ??= loadGazetteer());
        const placed = locateByPlace(records, rowNumbers, gazetteer, (done, total) =>
          progress?.('locating', done / total),
        );
        for (const note of placed.notes) this.placeNotes.push(note); // may be 200,000: no spread
      } catch (error) {
        this.gazetteerError = error instanceof Error ? error.message : String(error);
      }
    }

    progress?.('checking', 0);
    const validator = this.validator;
    for (let i = 0; i < records.length; i++) {
      validator.add(records[i], rowNumbers[i]!);
      if (progress && (i + 1) % 5000 === 0) progress('checking', (i + 1) / records.length);
    }
  }

  /** The events sorted in time, and the report; null events when none loaded. */
  finish(found: RowCheckerFinish): ImportOutcome {
    const { rows, fileName, stories } = found;
    const progress = this.options.onProgress;
    const messages = [...found.messages];
    if (this.gazetteerError !== null) {
      messages.push(
        `The gazetteer could not be loaded (${this.gazetteerError}), ` +
          `so ${formatCount(this.unplaced)} events with a place but no coordinates are not on the map.`,
      );
    }
    // The same lists, in the same order, as when every record came in one batch.
    const problems: LoadProblem[] = [...rows.problems, ...this.overlong];
    const notes: LoadProblem[] = [...rows.notes, ...this.placeNotes];
    for (const problem of this.validator.problems) (problem.kept ? notes : problems).push(problem);
    const notLoaded = new Set(problems.map((p) => p.row));
    const byRow = (a: LoadProblem, b: LoadProblem) => a.row - b.row;

    progress?.('indexing', 0);
    // Sorted here, in the worker, so the page's own time index only checks an ordered list.
    const index = timeOrder(this.times.starts(), this.times.ends());
    const kept = this.validator.events;
    const events = kept.length ? Array.from(index.order, (i) => kept[i]!) : [];
    progress?.('indexing', 1);
    const loaded = index.order.length;
    const title = rows.title.trim() || titleFromName(fileName);
    const report: LoadReport = {
      source: found.source,
      format: found.format,
      unit: rows.unit,
      found: this.added + rows.problems.length,
      loaded,
      located: this.locatedByName,
      problems: problems.sort(byRow),
      notes: notes.filter((n) => !notLoaded.has(n.row)).sort(byRow),
      messages: [...messages, ...rows.messages],
    };
    if (loaded === 0) {
      report.failure =
        report.found === 0
          ? 'the file has no events.'
          : `none of its ${countOf(report.found, rows.unit)} could be loaded (see why below).`;
      return { result: null, report };
    }
    const problemsForState = [...report.problems, ...report.notes].sort(byRow);
    return {
      result: { dataset: { title, events }, problems: problemsForState },
      report,
      ...(stories !== undefined ? { stories } : {}),
      index,
    };
  }
}

function idOf(record: unknown): { id?: string } {
  const id =
    typeof record === 'object' && record !== null ? (record as { id?: unknown }).id : undefined;
  return typeof id === 'string' && id.length <= 200 ? { id } : {};
}

/** "women_in_computing.csv" → "women in computing" */
function titleFromName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? name;
  return base
    .replace(/\.[a-z0-9]{1,8}$/i, '')
    .replace(/[_]+/g, ' ')
    .trim();
}

/** Numbers in pairs, appended one pair at a time into typed arrays that double as they fill. */
class EventTimes {
  private startsSoFar: Float64Array = new Float64Array(1024);
  private endsSoFar: Float64Array = new Float64Array(1024);
  private length = 0;

  push(start: number, end: number): void {
    if (this.length === this.startsSoFar.length) {
      this.startsSoFar = doubled(this.startsSoFar);
      this.endsSoFar = doubled(this.endsSoFar);
    }
    this.startsSoFar[this.length] = start;
    this.endsSoFar[this.length++] = end;
  }

  starts(): Float64Array {
    return this.startsSoFar.slice(0, this.length);
  }

  ends(): Float64Array {
    return this.endsSoFar.slice(0, this.length);
  }
}
