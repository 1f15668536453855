import { formatCount } from '../formatCount';
import { IMPORT_LIMITS } from './importLimits';

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
  // Each field read by name, not `record[field]` in a loop over names: over 100,000 rows the
  // keyed lookups showed. The order is the report's: the first field found is the one named.
  const { id, date, end, title, summary, place, tags, actors, sources } = record as Record<
    string,
    unknown
  >;
  if (tooLong(id, limit)) return found('id', id, limit);
  if (tooLong(date, limit)) return found('date', date, limit);
  if (tooLong(end, limit)) return found('end', end, limit);
  if (tooLong(title, limit)) return found('title', title, limit);
  if (tooLong(summary, limit)) return found('summary', summary, limit);
  if (tooLong(place, limit)) return found('place', place, limit);
  const tag = longItem(tags, limit);
  if (tag !== null) return found('tags', tag, limit);
  const actor = longItem(actors, limit);
  if (actor !== null) return found('actors', actor, limit);
  if (!Array.isArray(sources)) return null;
  for (let i = 0; i < sources.length; i++) {
    const source: unknown = sources[i];
    if (typeof source !== 'object' || source === null) continue;
    const { title, url, quote } = source as Record<string, unknown>;
    if (tooLong(title, limit)) return found(`sources[${i}].title`, title, limit);
    if (tooLong(url, limit)) return found(`sources[${i}].url`, url, limit);
    if (tooLong(quote, limit)) return found(`sources[${i}].quote`, quote, limit);
  }
  return null;
}

function tooLong(value: unknown, limit: number): value is string {
  return typeof value === 'string' && value.length > limit;
}

/** The first item of a list longer than `limit`, or null. */
function longItem(list: unknown, limit: number): string | null {
  if (!Array.isArray(list)) return null;
  for (let i = 0; i < list.length; i++) {
    const item: unknown = list[i];
    if (tooLong(item, limit)) return item;
  }
  return null;
}

function found(field: string, value: string, limit: number): { field: string; reason: string } {
  return {
    field,
    reason: `is ${formatCount(value.length)} characters long; Dateline keeps at most ${formatCount(limit)}`,
  };
}
