import type { DatelineEvent, EventSource, EventTime, Precision } from './event';

/**
 * Validated events in a form that crosses from a worker to the page cheaply: their strings end
 * to end in one string (copied as one block, not 600,000 small ones), and everything else in
 * typed arrays (transferred, not copied). Structured-cloning 105,000 event objects cost the
 * worker 1.5 s and the page 0.9 s; packing and unpacking them costs a tenth of that.
 */
export interface PackedEvents {
  count: number;
  /** The strings this chunk brings, end to end; `lengths` splits them. */
  text: string;
  lengths: Uint32Array;
  /** Per event: flags, then string references and list lengths (see EventPacker). */
  codes: Int32Array;
  /** Per event: its time's start and end, then lat and lon when it has them. */
  numbers: Float64Array;
}

// Event flags.
const HAS_END = 1;
const QUALIFIER_BY = 2;
const HAS_PLACE = 4;
const LOCATED = 8;
const BY_PLACE_NAME = 16;
const PRECISION_SHIFT = 5; // two bits: the start's precision
const END_PRECISION_SHIFT = 7; // two bits: 0 for none, else 1 + the end's precision

const PRECISIONS: readonly Precision[] = ['year', 'month', 'day'];
const precisionCode = (p: Precision) => (p === 'day' ? 2 : p === 'month' ? 1 : 0);

// Source shapes (their keys in the validator's order), 0 for a hole in the list.
const SOURCE_TITLE = 1;
const SOURCE_URL = 2;
const SOURCE_QUOTE = 3;
const SOURCE_URL_QUOTE = 4;

// A string reference: an index into the strings kept so far, or one of these: take the chunk's
// next string (and keep it, for values that repeat: dates, places, tags, actors, source titles).
const NEXT = -1;
const NEXT_KEPT = -2;

/** Packs events a chunk at a time; values that repeat are sent once per load, then referred to. */
export class EventPacker {
  private readonly kept = new Map<string, number>();
  private strings: string[] = [];
  private lengths: number[] = [];
  private codes = new Int32Array(1024);
  private used = 0;

  /** `events[from…to)`, packed. Call in order: later chunks refer to strings sent earlier. */
  pack(events: readonly DatelineEvent[], from = 0, to = events.length): PackedEvents {
    this.strings = [];
    this.lengths = [];
    this.used = 0;
    const numbers = new Float64Array(4 * (to - from));
    let n = 0;
    for (let i = from; i < to; i++) {
      const event = events[i]!;
      const time = event.time;
      const located = typeof event.lat === 'number' && typeof event.lon === 'number';
      let flags =
        (event.end !== undefined ? HAS_END : 0) |
        (event.qualifier === 'by' ? QUALIFIER_BY : 0) |
        (event.place !== undefined ? HAS_PLACE : 0) |
        (located ? LOCATED : 0) |
        (located && event.locatedBy === 'place-name' ? BY_PLACE_NAME : 0) |
        (precisionCode(time.precision) << PRECISION_SHIFT);
      if (time.endPrecision !== undefined)
        flags |= (1 + precisionCode(time.endPrecision)) << END_PRECISION_SHIFT;
      this.code(flags);
      this.text(event.id);
      this.repeated(event.date);
      if (event.end !== undefined) this.repeated(event.end);
      this.text(event.title);
      this.text(event.summary);
      this.list(event.tags);
      this.list(event.actors);
      const sources = event.sources;
      this.code(sources.length);
      for (let s = 0; s < sources.length; s++) {
        // A hole stays a hole (the validator keeps one where its input had one).
        if (!(s in sources)) {
          this.code(0);
          continue;
        }
        const source = sources[s]!;
        const url = source.url !== undefined;
        const quote = source.quote !== undefined;
        this.code(
          url ? (quote ? SOURCE_URL_QUOTE : SOURCE_URL) : quote ? SOURCE_QUOTE : SOURCE_TITLE,
        );
        this.repeated(source.title);
        if (url) this.text(source.url!);
        if (quote) this.text(source.quote!);
      }
      if (event.place !== undefined) this.repeated(event.place);
      numbers[n++] = time.start;
      numbers[n++] = time.end;
      if (located) {
        numbers[n++] = event.lat!;
        numbers[n++] = event.lon!;
      }
    }
    return {
      count: to - from,
      text: this.strings.join(''),
      lengths: Uint32Array.from(this.lengths),
      codes: this.codes.slice(0, this.used),
      numbers: numbers.slice(0, n),
    };
  }

  private code(value: number): void {
    if (this.used === this.codes.length) {
      const grown = new Int32Array(this.codes.length * 2);
      grown.set(this.codes);
      this.codes = grown;
    }
    this.codes[this.used++] = value;
  }

  /** A string sent as it is (ids, titles, summaries, links, quotes: rarely the same twice). */
  private text(value: string): void {
    this.code(NEXT);
    this.strings.push(value);
    this.lengths.push(value.length);
  }

  /** A string likely to repeat: sent the first time, referred to after. */
  private repeated(value: string): void {
    const id = this.kept.get(value);
    if (id !== undefined) {
      this.code(id);
      return;
    }
    this.kept.set(value, this.kept.size);
    this.code(NEXT_KEPT);
    this.strings.push(value);
    this.lengths.push(value.length);
  }

  private list(values: readonly string[]): void {
    this.code(values.length);
    for (const value of values) this.repeated(value);
  }
}

/**
 * Rebuilds the events of packed chunks, in the order they were packed, exactly as the validator
 * made them (same keys in the same order). Values that repeated are one string again, shared.
 */
export class EventUnpacker {
  private readonly kept: string[] = [];
  private text = '';
  private offset = 0;
  private lengths: Uint32Array = new Uint32Array(0);
  private next = 0;
  private codes: Int32Array = new Int32Array(0);
  private at = 0;

  /** Appends the chunk's events to `into`, and calls `each` (if given) with every one. */
  unpack(chunk: PackedEvents, into: DatelineEvent[], each?: (event: DatelineEvent) => void): void {
    this.text = chunk.text;
    this.offset = 0;
    this.lengths = chunk.lengths;
    this.next = 0;
    this.codes = chunk.codes;
    this.at = 0;
    const numbers = chunk.numbers;
    let n = 0;
    for (let k = 0; k < chunk.count; k++) {
      const flags = this.codes[this.at++]!;
      const id = this.string();
      const date = this.string();
      const end = flags & HAS_END ? this.string() : undefined;
      const title = this.string();
      const summary = this.string();
      const tags = this.list();
      const actors = this.list();
      const sources = this.sources();
      const place = flags & HAS_PLACE ? this.string() : undefined;
      const endCode = (flags >>> END_PRECISION_SHIFT) & 3;
      const precision = PRECISIONS[(flags >>> PRECISION_SHIFT) & 3]!;
      const start = numbers[n++]!;
      const stop = numbers[n++]!;
      const time: EventTime =
        endCode === 0
          ? { start, end: stop, precision }
          : { start, end: stop, precision, endPrecision: PRECISIONS[endCode - 1]! };
      // The validator's literals, key for key: the same shapes as events validated here.
      const event: DatelineEvent =
        flags & QUALIFIER_BY
          ? end === undefined
            ? { id, date, qualifier: 'by', title, summary, tags, actors, sources, time }
            : { id, date, end, qualifier: 'by', title, summary, tags, actors, sources, time }
          : end === undefined
            ? { id, date, title, summary, tags, actors, sources, time }
            : { id, date, end, title, summary, tags, actors, sources, time };
      if (place !== undefined) event.place = place;
      if (flags & LOCATED) {
        event.lat = numbers[n++]!;
        event.lon = numbers[n++]!;
        if (flags & BY_PLACE_NAME) event.locatedBy = 'place-name';
      }
      into.push(event);
      each?.(event);
    }
  }

  private string(): string {
    const ref = this.codes[this.at++]!;
    if (ref >= 0) return this.kept[ref]!;
    const length = this.lengths[this.next++]!;
    const value = this.text.slice(this.offset, (this.offset += length));
    if (ref === NEXT_KEPT) this.kept.push(value);
    return value;
  }

  private list(): string[] {
    const length = this.codes[this.at++]!;
    const values: string[] = [];
    for (let i = 0; i < length; i++) values.push(this.string());
    return values;
  }

  private sources(): EventSource[] {
    const length = this.codes[this.at++]!;
    const sources = new Array<EventSource>(length);
    for (let i = 0; i < length; i++) {
      const shape = this.codes[this.at++]!;
      if (shape === 0) continue;
      const title = this.string();
      sources[i] =
        shape === SOURCE_TITLE
          ? { title }
          : shape === SOURCE_URL
            ? { title, url: this.string() }
            : shape === SOURCE_QUOTE
              ? { title, quote: this.string() }
              : { title, url: this.string(), quote: this.string() };
    }
    return sources;
  }
}

/** The buffers of a packed chunk, to transfer rather than copy. */
export function packedTransfer(chunk: PackedEvents): ArrayBuffer[] {
  return [chunk.lengths.buffer, chunk.codes.buffer, chunk.numbers.buffer] as ArrayBuffer[];
}
