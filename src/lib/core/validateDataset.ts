import { canonicalHttpUrl } from './canonicalHttpUrl';
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
  /**
   * Called with each event that loads, as soon as it does, in the order of `dataset.events`:
   * an import worker hands events to the page while it goes on checking the rest.
   */
  onEvent?: (event: DatelineEvent) => void;
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
  if (!isObject(input) || !Array.isArray(input.events)) {
    const problem = { row: 0, field: 'events', reason: 'the file has no "events" list' };
    return { dataset: { title: '', events: [] }, problems: [problem] };
  }
  const title = typeof input.title === 'string' ? input.title.trim() : '';
  const { rowNumbers, unit, onProgress, onEvent } = options;
  const validator = new DatasetValidator(unit, onEvent);
  const rows: unknown[] = input.events;
  const total = rows.length;
  for (let index = 0; index < total; index++) {
    const raw = rows[index];
    // forEach skipped the holes of a sparse array (an importer may leave some); so does this.
    if (raw === undefined && !(index in rows)) continue;
    validator.add(raw, rowNumbers?.[index] ?? index + 1);
    if (onProgress && (index + 1) % 5000 === 0) onProgress(index + 1, total);
  }
  return { dataset: { title, events: validator.events }, problems: validator.problems };
}

/**
 * Checks rows one at a time, in file order, remembering the ids seen: what `validateDataset`
 * does for a whole list, for rows that arrive in batches (a download read as it comes).
 */
export class DatasetValidator {
  /** The rows that loaded, in the order they were added. */
  readonly events: DatelineEvent[] = [];
  /** Each row that did not load, and each value left out of one that did, in row order. */
  readonly problems: LoadProblem[] = [];
  private readonly firstRowOfId = new Map<string, number>();
  // One list of notes reused for every row (emptied after each), not one allocated per row.
  private readonly notes: RowNote[] = [];

  constructor(
    /** What a position is called in messages (see ValidateOptions.unit). */
    private readonly unit = 'row',
    private readonly onEvent?: (event: DatelineEvent) => void,
    /** False: `events` stays empty, each event only goes to `onEvent`. */
    private readonly keep = true,
  ) {}

  /** Checks one row, `row` being its position in its file. */
  add(raw: unknown, row: number): void {
    const { notes, problems } = this;
    notes.length = 0;
    try {
      const event = validateEvent(raw, notes);
      const first = this.firstRowOfId.get(event.id);
      if (first !== undefined)
        throw new RowError(
          'id',
          `duplicate id '${event.id}' (first used in ${this.unit} ${first})`,
        );
      this.firstRowOfId.set(event.id, row);
      if (this.keep) this.events.push(event);
      this.onEvent?.(event);
      for (const note of notes) problems.push({ row, ...note, id: event.id, kept: true });
    } catch (error) {
      if (!(error instanceof RowError)) throw error;
      // The row's id, to help find it: only worked out for the rows that need it.
      const id = isObject(raw) && typeof raw.id === 'string' ? raw.id.trim() : undefined;
      problems.push({ row, field: error.field, reason: error.message, ...(id ? { id } : {}) });
    }
  }
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
  // Fields are checked in this order, so a row with several problems reports the same first one.
  if (!isObject(raw)) throw new RowError('event', 'is not an object');
  // Each field is read by name here and its value passed on: `raw[field]` inside the helpers
  // was a keyed lookup per call, many times slower over 100,000 rows.
  const id = requiredText(raw.id, 'id');
  const date = requiredText(raw.date, 'date');
  const end = optionalText(raw.end, 'end');
  const time = eventTime(date, end);
  if (!time.ok) throw new RowError(time.field ?? 'date', time.reason);
  const qualifier = raw.qualifier;
  if (qualifier !== undefined && qualifier !== 'by') {
    throw new RowError('qualifier', `'${String(qualifier)}' is not a known qualifier (only 'by')`);
  }
  const title = requiredText(raw.title, 'title');
  const summary = optionalText(raw.summary, 'summary') ?? '';
  const tags = textList(raw.tags, 'tags');
  const actors = textList(raw.actors, 'actors');
  const sources = sourceList(raw.sources, notes);
  // Keys in the canonical order (id, date, end, qualifier, title, …). One object literal per
  // shape instead of spreads: building 100,000 events, the spreads' temporary objects showed.
  const event: DatelineEvent =
    qualifier === undefined
      ? end === undefined
        ? { id, date, title, summary, tags, actors, sources, time: time.value }
        : { id, date, end, title, summary, tags, actors, sources, time: time.value }
      : end === undefined
        ? { id, date, qualifier, title, summary, tags, actors, sources, time: time.value }
        : { id, date, end, qualifier, title, summary, tags, actors, sources, time: time.value };
  const place = optionalText(raw.place, 'place');
  if (place) event.place = place;
  const lat = coordinate(raw.lat, 'lat', 90);
  const lon = coordinate(raw.lon, 'lon', 180);
  if ((lat === undefined) !== (lon === undefined)) {
    throw new RowError(lat === undefined ? 'lat' : 'lon', 'lat and lon must be given together');
  }
  if (lat !== undefined && lon !== undefined) {
    event.lat = lat;
    event.lon = lon;
  }
  const locatedBy = raw.locatedBy;
  if (locatedBy !== undefined && locatedBy !== null && locatedBy !== '') {
    if (locatedBy !== 'place-name') {
      throw new RowError('locatedBy', `'${String(locatedBy)}' is not known (only 'place-name')`);
    }
    if (lat !== undefined) event.locatedBy = locatedBy;
  }
  return event;
}

function requiredText(value: unknown, field: keyof EventRecord): string {
  const text = typeof value === 'string' ? trim(value) : '';
  if (text === '') throw new RowError(field, 'is missing');
  return text;
}

function optionalText(value: unknown, field: string): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string') throw new RowError(field, `must be text, not ${typeof value}`);
  return trim(value) || undefined;
}

function coordinate(value: unknown, field: 'lat' | 'lon', limit: number): number | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  const number = typeof value === 'string' ? Number(value) : value;
  if (typeof number !== 'number' || !Number.isFinite(number)) {
    throw new RowError(field, `'${String(value)}' is not a number`);
  }
  if (Math.abs(number) > limit)
    throw new RowError(field, `${number} is outside -${limit} to ${limit}`);
  return number;
}

/** Trimmed, non-empty, each once, in first-seen order. */
function textList(value: unknown, field: 'tags' | 'actors'): string[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) throw new RowError(field, 'must be a list of text');
  // Most lists are clean already (short, text, trimmed, each once): a copy of the right size.
  if (isCleanList(value)) return value.slice();
  const list: string[] = [];
  // `includes` beats a Set until a list is long, then a Set keeps it linear.
  let seen: Set<string> | null = null;
  for (let i = 0; i < value.length; i++) {
    const item: unknown = value[i];
    if (typeof item !== 'string') {
      if (item === undefined && !(i in value)) continue; // a hole, skipped as `some` did
      throw new RowError(field, 'must be a list of text');
    }
    const text = trim(item);
    if (text === '') continue;
    if (seen === null && list.length >= 16) seen = new Set(list);
    if (seen ? seen.has(text) : list.includes(text)) continue;
    list.push(text);
    seen?.add(text);
  }
  return list;
}

function isCleanList(list: unknown[]): list is string[] {
  if (list.length > 16) return false;
  for (let i = 0; i < list.length; i++) {
    const item = list[i];
    if (typeof item !== 'string' || item === '' || trim(item) !== item) return false;
    for (let j = 0; j < i; j++) if (list[j] === item) return false;
  }
  return true;
}

function sourceList(value: unknown, notes: RowNote[]): EventSource[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) throw new RowError('sources', 'must be a list');
  // Sized up front, so a hole in `value` stays a hole, as `value.map` left it.
  const sources: EventSource[] = new Array<EventSource>(value.length);
  for (let i = 0; i < value.length; i++) {
    const item: unknown = value[i];
    if (item === undefined && !(i in value)) continue;
    if (!isObject(item)) throw new RowError(`sources[${i}]`, 'is not an object');
    const title = typeof item.title === 'string' ? trim(item.title) : '';
    if (!title) throw new RowError(`sources[${i}].title`, 'is missing');
    let url: string | null = null;
    if (item.url !== undefined && item.url !== null && item.url !== '') {
      url =
        typeof item.url === 'string' ? (canonicalHttpUrl(item.url) ?? safeHttpUrl(item.url)) : null;
      // The source stays, as text without a link: a javascript: or relative link is no reason
      // to lose the event, and the report says what was left out.
      if (!url)
        notes.push({
          field: `sources[${i}].url`,
          reason: `'${String(item.url)}' is not an http(s) link; the source is shown as text`,
        });
    }
    const quote = typeof item.quote === 'string' ? trim(item.quote) : '';
    // One literal per shape (keys title, url, quote), not properties added one by one.
    sources[i] = url
      ? quote
        ? { title, url, quote }
        : { title, url }
      : quote
        ? { title, quote }
        : { title };
  }
  return sources;
}

/**
 * `text.trim()`, without the call when both ends are printable ASCII (nothing to trim): a
 * dozen trims a row added up over 100,000 rows.
 */
function trim(text: string): string {
  const first = text.charCodeAt(0);
  const last = text.charCodeAt(text.length - 1);
  return first > 32 && first < 127 && last > 32 && last < 127 ? text : text.trim();
}

function isObject(value: unknown): value is Fields {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
