import type { Dataset, DatelineEvent, EventRecord, EventSource } from './event';
import { eventTime } from './eventTime';
import { safeHttpUrl } from './safeUrl';

/** One row that could not be loaded: where, which field, and why. */
export interface LoadProblem {
  /** 1-based position of the event in its file (row, feature or array item). */
  row: number;
  field: string;
  reason: string;
  /** The row's id when it had a usable one, to help find it. */
  id?: string;
  /**
   * True when the row loaded anyway and only this value was left out (e.g. a `javascript:`
   * link, kept as plain text). Absent when the row did not load.
   */
  kept?: true;
}

export interface ValidateOptions {
  /**
   * The position each event had in its file, as the user counts it (a spreadsheet row, a
   * feature number), when that is not simply its index + 1 (a header row, skipped rows).
   */
  rowNumbers?: readonly number[];
  /** What a position is called in messages: "row" (the default), "feature", "event". */
  unit?: string;
  /** Called every few thousand rows, for a progress bar. */
  onProgress?: (done: number, total: number) => void;
}

export interface ValidationResult {
  dataset: Dataset;
  problems: LoadProblem[];
}

type Fields = Record<string, unknown>;

class RowError extends Error {
  constructor(
    readonly field: string,
    reason: string,
  ) {
    super(reason);
  }
}

/**
 * Checks every row of a canonical dataset. Good rows load; each bad row is reported with its
 * position, field and reason. Every dataset, whatever format it came in, passes through here.
 */
export function validateDataset(input: unknown, options: ValidateOptions = {}): ValidationResult {
  const problems: LoadProblem[] = [];
  if (!isObject(input) || !Array.isArray(input.events)) {
    problems.push({ row: 0, field: 'events', reason: 'the file has no "events" list' });
    return { dataset: { title: '', events: [] }, problems };
  }
  const title = typeof input.title === 'string' ? input.title.trim() : '';
  const firstRowOfId = new Map<string, number>();
  const events: DatelineEvent[] = [];
  const { rowNumbers, unit = 'row', onProgress } = options;
  const total = input.events.length;
  input.events.forEach((raw: unknown, index: number) => {
    const row = rowNumbers?.[index] ?? index + 1;
    const id = isObject(raw) && typeof raw.id === 'string' ? raw.id.trim() : undefined;
    const notes: RowNote[] = [];
    try {
      const event = validateEvent(raw, notes);
      const first = firstRowOfId.get(event.id);
      if (first !== undefined)
        throw new RowError('id', `duplicate id '${event.id}' (first used in ${unit} ${first})`);
      firstRowOfId.set(event.id, row);
      events.push(event);
      for (const note of notes) problems.push({ row, ...note, id: event.id, kept: true });
    } catch (error) {
      if (!(error instanceof RowError)) throw error;
      problems.push({ row, field: error.field, reason: error.message, ...(id ? { id } : {}) });
    }
    if (onProgress && (index + 1) % 5000 === 0) onProgress(index + 1, total);
  });
  return { dataset: { title, events }, problems };
}

/** A value left out of a row that still loaded, and why. */
export interface RowNote {
  field: string;
  reason: string;
}

/**
 * Validates one event record; throws a RowError naming the first bad field. Values that are
 * dropped without losing the row (a source link that is not http(s)) are added to `notes`.
 */
export function validateEvent(raw: unknown, notes: RowNote[] = []): DatelineEvent {
  if (!isObject(raw)) throw new RowError('event', 'is not an object');
  const id = requiredText(raw, 'id');
  const date = requiredText(raw, 'date');
  const end = optionalText(raw, 'end');
  const time = eventTime(date, end);
  if (!time.ok) throw new RowError(time.field ?? 'date', time.reason);
  const qualifier = raw.qualifier;
  if (qualifier !== undefined && qualifier !== 'by') {
    throw new RowError('qualifier', `'${String(qualifier)}' is not a known qualifier (only 'by')`);
  }
  const event: DatelineEvent = {
    id,
    date,
    ...(end ? { end } : {}),
    ...(qualifier ? { qualifier } : {}),
    title: requiredText(raw, 'title'),
    summary: optionalText(raw, 'summary') ?? '',
    tags: textList(raw, 'tags'),
    actors: textList(raw, 'actors'),
    sources: sourceList(raw, notes),
    time: time.value,
  };
  const place = optionalText(raw, 'place');
  if (place) event.place = place;
  const lat = coordinate(raw, 'lat', 90);
  const lon = coordinate(raw, 'lon', 180);
  if ((lat === undefined) !== (lon === undefined)) {
    throw new RowError(lat === undefined ? 'lat' : 'lon', 'lat and lon must be given together');
  }
  if (lat !== undefined && lon !== undefined) Object.assign(event, { lat, lon });
  const locatedBy = raw.locatedBy;
  if (locatedBy !== undefined && locatedBy !== null && locatedBy !== '') {
    if (locatedBy !== 'place-name') {
      throw new RowError('locatedBy', `'${String(locatedBy)}' is not known (only 'place-name')`);
    }
    if (lat !== undefined) event.locatedBy = locatedBy;
  }
  return event;
}

function requiredText(raw: Fields, field: keyof EventRecord): string {
  const value = raw[field];
  if (typeof value !== 'string' || value.trim() === '') throw new RowError(field, 'is missing');
  return value.trim();
}

function optionalText(raw: Fields, field: string): string | undefined {
  const value = raw[field];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string') throw new RowError(field, `must be text, not ${typeof value}`);
  return value.trim() || undefined;
}

function coordinate(raw: Fields, field: 'lat' | 'lon', limit: number): number | undefined {
  const value = raw[field];
  if (value === undefined || value === null || value === '') return undefined;
  const number = typeof value === 'string' ? Number(value) : value;
  if (typeof number !== 'number' || !Number.isFinite(number)) {
    throw new RowError(field, `'${String(value)}' is not a number`);
  }
  if (Math.abs(number) > limit)
    throw new RowError(field, `${number} is outside -${limit} to ${limit}`);
  return number;
}

function textList(raw: Fields, field: 'tags' | 'actors'): string[] {
  const value = raw[field];
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value) || value.some((item) => typeof item !== 'string')) {
    throw new RowError(field, 'must be a list of text');
  }
  return [...new Set(value.map((item: string) => item.trim()).filter(Boolean))];
}

function sourceList(raw: Fields, notes: RowNote[]): EventSource[] {
  const value = raw.sources;
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) throw new RowError('sources', 'must be a list');
  return value.map((item: unknown, i: number) => {
    const field = `sources[${i}]`;
    if (!isObject(item)) throw new RowError(field, 'is not an object');
    const title = typeof item.title === 'string' ? item.title.trim() : '';
    if (!title) throw new RowError(`${field}.title`, 'is missing');
    const source: EventSource = { title };
    if (item.url !== undefined && item.url !== null && item.url !== '') {
      const url = typeof item.url === 'string' ? safeHttpUrl(item.url) : null;
      // The source stays, as text without a link: a javascript: or relative link is no reason
      // to lose the event, and the report says what was left out.
      if (url) source.url = url;
      else
        notes.push({
          field: `${field}.url`,
          reason: `'${String(item.url)}' is not an http(s) link; the source is shown as text`,
        });
    }
    if (typeof item.quote === 'string' && item.quote.trim()) source.quote = item.quote.trim();
    return source;
  });
}

function isObject(value: unknown): value is Fields {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
