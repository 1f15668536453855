import { formatCount } from '../formatCount';
import type { LoadProblem } from '../validateDataset';
import type { RowUnit } from './importFormat';

/**
 * What a reader makes of a file: event records under the canonical field names, ready for the
 * one validator, and where each came from so the report can point at it.
 */
export interface ImportedRows {
  /** The dataset's title as the file gives it ('' when it gives none). */
  title: string;
  /** One record per event in the file, in file order, canonical field names. */
  records: unknown[];
  /** Position of each record in its file, as the person who made it counts (1-based). */
  rowNumbers: number[];
  unit: RowUnit;
  /** Rows the reader could not make into a record: they do not load. */
  problems: LoadProblem[];
  /** Remarks on rows that were read (they load if the validator accepts them). */
  notes: LoadProblem[];
  /** Remarks on the whole file: unused columns, dropped times of day, eras. */
  messages: string[];
}

/** A reader's progress: rows done out of all rows. */
export type RowProgress = (done: number, total: number) => void;

export function emptyRows(unit: RowUnit, title = ''): ImportedRows {
  return { title, records: [], rowNumbers: [], unit, problems: [], notes: [], messages: [] };
}

/** "a, b, c and 7 more" for listing column names in a message. */
export function listSome(items: readonly string[], shown = 5): string {
  const quoted = items.slice(0, shown).map((item) => {
    const short = item.length > 40 ? `${item.slice(0, 39)}…` : item;
    return `"${short}"`;
  });
  if (items.length <= shown) return quoted.join(', ').replace(/, ([^,]*)$/, ' and $1');
  return `${quoted.join(', ')} and ${formatCount(items.length - shown)} more`;
}
