import { formatCount } from '../formatCount';
import type { LoadProblem } from '../validateDataset';
import { FORMAT_LABELS, type ImportFormat, type RowUnit } from './importFormat';

/** What happened when a file was loaded, for the person who loaded it. */
export interface LoadReport {
  /** The file's name or the URL it came from. */
  source: string;
  /** Null when the file was not recognised as any format. */
  format: ImportFormat | null;
  /** What a position in the file is called: "row", "feature", "event". */
  unit: RowUnit;
  /** Events the file holds (title rows and eras are not events). */
  found: number;
  /** Events that loaded. */
  loaded: number;
  /** Of those, events placed on the map by their place name. */
  located: number;
  /** Every row that did not load, with its position, field and reason, in file order. */
  problems: LoadProblem[];
  /** Rows that loaded with a remark: a value left out, a place not found. */
  notes: LoadProblem[];
  /** Remarks on the whole file: columns not used, times of day left out. */
  messages: string[];
  /** Why nothing loaded, when nothing did: the data on screen stays as it was. */
  failure?: string;
}

/** "row 14, date: '2019-13-40' is not a date" */
export function describeProblem(problem: LoadProblem, unit: RowUnit | string = 'row'): string {
  const where = problem.row > 0 ? `${unit} ${problem.row}, ` : '';
  return `${where}${problem.field}: ${problem.reason}`;
}

/** The headline of a report: "Loaded 41 of 43 events from women.csv (CSV)." */
export function reportHeadline(report: LoadReport): string {
  const format = report.format ? ` (${FORMAT_LABELS[report.format]})` : '';
  if (report.failure) return `Could not load ${report.source}${format}: ${report.failure}`;
  const of = report.loaded === report.found ? '' : ` of ${formatCount(report.found)}`;
  const noun = report.found === 1 ? 'event' : 'events';
  return `Loaded ${formatCount(report.loaded)}${of} ${noun} from ${report.source}${format}.`;
}

/** A report for a file that could not be read at all. */
export function failedReport(
  source: string,
  failure: string,
  format: ImportFormat | null = null,
): LoadReport {
  return {
    source,
    format,
    unit: 'row',
    found: 0,
    loaded: 0,
    located: 0,
    problems: [],
    notes: [],
    messages: [],
    failure,
  };
}
