import { emptyRows, type ImportedRows } from './importedRows';

/**
 * Reads the canonical JSON (DESIGN.md, "Data contract"): it already is what the validator
 * checks, so its events pass through as they are, numbered from 1.
 */
export function readDatelineJson(value: { title?: unknown; events: unknown[] }): ImportedRows {
  const rows = emptyRows('event', typeof value.title === 'string' ? value.title.trim() : '');
  rows.records = value.events;
  rows.rowNumbers = value.events.map((_, index) => index + 1);
  return rows;
}
