import { count } from './importedRows';
import { IMPORT_LIMITS } from './importLimits';

const TEXT_FIELDS = ['id', 'date', 'end', 'title', 'summary', 'place'] as const;

/**
 * The first text field of a record longer than Dateline keeps (a 1 MB cell, say), with the
 * reason to report; null when every field fits. Such a row is reported, not loaded, rather
 * than slowing every search and layout afterwards.
 */
export function overlongField(
  record: unknown,
  limit: number = IMPORT_LIMITS.maxFieldChars,
): { field: string; reason: string } | null {
  if (typeof record !== 'object' || record === null) return null;
  const fields = record as Record<string, unknown>;
  const tooLong = (field: string, value: unknown) =>
    typeof value === 'string' && value.length > limit
      ? {
          field,
          reason: `is ${count(value.length)} characters long; Dateline keeps at most ${count(limit)}`,
        }
      : null;
  for (const field of TEXT_FIELDS) {
    const found = tooLong(field, fields[field]);
    if (found) return found;
  }
  for (const list of ['tags', 'actors'] as const) {
    const items = fields[list];
    if (!Array.isArray(items)) continue;
    for (const item of items) {
      const found = tooLong(list, item);
      if (found) return found;
    }
  }
  const sources = fields.sources;
  if (Array.isArray(sources)) {
    for (const [i, source] of sources.entries()) {
      if (typeof source !== 'object' || source === null) continue;
      for (const part of ['title', 'url', 'quote'] as const) {
        const found = tooLong(`sources[${i}].${part}`, (source as Record<string, unknown>)[part]);
        if (found) return found;
      }
    }
  }
  return null;
}
