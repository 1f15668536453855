import type { EventSource } from '../event';
import { columnMeaning } from './columnMeaning';
import { dateFromParts } from './dateFromParts';
import { ImportError } from './importError';
import { emptyRows, type ImportedRows, type RowProgress } from './importedRows';
import { splitList } from './splitList';

type Fields = Record<string, unknown>;

/**
 * Reads a GeoJSON FeatureCollection (or a single Feature) whose features' properties are the
 * canonical fields (or their common aliases) and whose geometry is a Point. A feature without
 * geometry stays on the timeline; one with another geometry is loaded without a place on the
 * map and the report says why. Features are numbered from 1 in file order.
 */
export function readGeoJson(value: Fields, onProgress?: RowProgress): ImportedRows {
  const rows = emptyRows('feature', text(value.name) || text(value.title));
  const features = value.type === 'Feature' ? [value] : value.features;
  if (!Array.isArray(features)) {
    throw new ImportError('The GeoJSON FeatureCollection has no "features" list.');
  }
  features.forEach((feature: unknown, index) => {
    const row = index + 1;
    if (index % 5000 === 0) onProgress?.(index, features.length);
    if (!isObject(feature) || feature.type !== 'Feature') {
      rows.problems.push({ row, field: 'feature', reason: 'is not a GeoJSON Feature' });
      return;
    }
    const properties = feature.properties ?? {};
    if (!isObject(properties)) {
      rows.problems.push({ row, field: 'properties', reason: 'is not an object' });
      return;
    }
    const { record, error } = recordOf(properties);
    if (error) {
      rows.problems.push({ row, ...error });
      return;
    }
    if (
      record.id === undefined &&
      (typeof feature.id === 'string' || typeof feature.id === 'number')
    ) {
      record.id = String(feature.id);
    }
    const geometry = feature.geometry;
    if (isObject(geometry)) {
      const coordinates = geometry.coordinates;
      if (geometry.type === 'Point' && Array.isArray(coordinates)) {
        record.lon = coordinates[0];
        record.lat = coordinates[1];
      } else {
        const kind = typeof geometry.type === 'string' ? geometry.type : 'geometry of unknown type';
        rows.notes.push({
          row,
          field: 'geometry',
          reason: `is a ${kind}, not a Point; the event is not on the map`,
          kept: true,
          ...(typeof record.id === 'string' ? { id: record.id } : {}),
        });
      }
    }
    rows.records.push(record);
    rows.rowNumbers.push(row);
  });
  return rows;
}

/** Properties under canonical names: aliases resolved, `;` lists split, year/month/day joined. */
function recordOf(properties: Fields): {
  record: Fields;
  error?: { field: string; reason: string };
} {
  const record: Fields = {};
  const sources: Partial<EventSource>[] = [];
  const parts: Fields = {};
  for (const [key, value] of Object.entries(properties)) {
    if (key === 'sources') {
      record.sources = value;
      continue;
    }
    const meaning = columnMeaning(key);
    if (!meaning) continue;
    if ('source' in meaning) {
      if (typeof value === 'string' && value.trim())
        (sources[meaning.source] ??= {})[meaning.part] = value;
      continue;
    }
    const field = meaning.field;
    if (field in record || value === null || value === '') continue;
    if (
      ['year', 'month', 'day', 'endYear', 'endMonth', 'endDay', 'time', 'endTime'].includes(field)
    ) {
      parts[field] = value;
    } else if ((field === 'tags' || field === 'actors') && typeof value === 'string') {
      record[field] = splitList(value);
    } else {
      record[field] =
        typeof value === 'number' && (field === 'id' || field === 'date' || field === 'end')
          ? String(value)
          : value;
    }
  }
  if (record.date === undefined) {
    const start = dateFromParts(str(parts.year), str(parts.month), str(parts.day));
    if (start && !start.ok) return { record, error: { field: start.field, reason: start.reason } };
    if (start) record.date = start.date;
  }
  if (record.end === undefined) {
    const end = dateFromParts(str(parts.endYear), str(parts.endMonth), str(parts.endDay));
    if (end && !end.ok) return { record, error: { field: `end_${end.field}`, reason: end.reason } };
    if (end) record.end = end.date;
  }
  if (record.sources === undefined && sources.length) {
    record.sources = sources.flatMap((s) =>
      s ? [{ ...s, title: s.title ?? s.url ?? 'Source' }] : [],
    );
  }
  return { record };
}

function str(value: unknown): string | undefined {
  return typeof value === 'string' || typeof value === 'number' ? String(value) : undefined;
}

function text(value: unknown): string {
  return typeof value === 'string' ? value.trim() : '';
}

function isObject(value: unknown): value is Fields {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
