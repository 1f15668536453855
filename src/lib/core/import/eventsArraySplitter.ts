// Where the scan is: before the first value, in the top-level object, after it, or given up.
const START = 0;
const OBJECT = 1;
const AFTER = 2;
const OFF = 3;

/** A top-level key longer than this (in bytes, escapes included) cannot be "events". */
const MAX_KEY_BYTES = 64;

/**
 * Finds, in a canonical Dateline JSON's UTF-8 bytes as they arrive a chunk at a time, the
 * top-level `events` array and the commas between its elements, so its complete elements can
 * be parsed while the rest downloads. Only quotes, backslashes, brackets, braces, commas and
 * colons are looked at: single ASCII bytes, never part of a longer UTF-8 character.
 *
 * It assumes the JSON is valid and does not check it: whoever parses the pieces (the elements
 * between the commas, and the rest with the array emptied) finds out. It gives up (`streamable`
 * false) when the bytes cannot be such a file: they do not start with `{` (a byte-order mark
 * included), something follows the top-level object, or a key is not valid. It also finds how
 * deeply the bytes nest, exactly as `jsonDepth` finds in their text, given up or not.
 */
export class EventsArraySplitter {
  /** Offset just past the events array's `[`, or -1 while not found. */
  start = -1;
  /** Offset of the events array's `]`, or -1 while not found. */
  end = -1;
  /** Offsets of the commas between the events array's elements, found so far, not yet taken. */
  commas: number[] = [];
  /** How many top-level keys are "events" (the array is streamed only when there is one). */
  eventsKeys = 0;
  /** The deepest nesting of [ and { outside strings so far (what `jsonDepth` finds in the text). */
  deepest = 0;
  /** Bytes scanned so far. */
  offset = 0;

  private phase = START;
  private depth = 0;
  private inString = false;
  private escaped = false;
  private inEvents = false;
  /** The bytes of the top-level string being read, or null when not reading one (or too long). */
  private key: number[] | null = null;
  /** The last top-level string read: a key when a colon follows it; null when too long. */
  private lastString: number[] | null = null;
  private keyIsEvents = false;

  /** False once the bytes cannot be a canonical dataset whose events can be streamed. */
  get streamable(): boolean {
    return this.phase !== OFF;
  }

  /** Whether the top-level object has closed, with nothing but spaces after it so far. */
  get complete(): boolean {
    return this.phase === AFTER;
  }

  scan(bytes: Uint8Array): void {
    let { depth, deepest, inString, escaped, key } = this;
    const base = this.offset;
    const n = bytes.length;
    let i = 0;
    while (i < n) {
      if (inString) {
        if (key === null) {
          // Most bytes are in strings: skipped in a tight loop to the closing quote.
          if (escaped) {
            escaped = false;
            i++;
          }
          for (; i < n; i++) {
            const c = bytes[i]!;
            if (c === 34 /* " */) break;
            if (c === 92 /* \ */) i++;
          }
          if (i >= n) {
            escaped = i > n; // the chunk ended on a backslash
            break;
          }
          inString = false;
          if (depth === 1) this.lastString = null; // a top-level string too long to keep
          i++;
          continue;
        }
        // Top-level strings are few and short: their bytes are kept, escapes and all.
        const c = bytes[i++]!;
        if (escaped) escaped = false;
        else if (c === 92) escaped = true;
        else if (c === 34) {
          inString = false;
          this.lastString = key;
          key = null;
          continue;
        }
        if (key.length < MAX_KEY_BYTES) key.push(c);
        else key = null;
        continue;
      }
      const c = bytes[i++]!;
      if (this.phase !== OBJECT && c !== 32 && c !== 10 && c !== 13 && c !== 9) {
        // Only `{` may open the file (not a byte-order mark), and nothing may follow its `}`.
        this.phase = this.phase === START && c === 123 ? OBJECT : OFF;
      }
      if (c === 34) {
        inString = true;
        // A string directly in the top-level object: a key, or a value such as the title.
        if (depth === 1 && this.phase === OBJECT) key = [];
      } else if (c === 91 /* [ */ || c === 123 /* { */) {
        if (++depth > deepest) deepest = depth;
        if (depth === 2 && c === 91 && this.keyIsEvents && this.start < 0) {
          this.start = base + i;
          this.inEvents = true;
        }
      } else if (c === 93 /* ] */ || c === 125 /* } */) {
        depth--;
        if (this.inEvents && depth === 1) {
          this.end = base + i - 1;
          this.inEvents = false;
        } else if (depth === 0 && this.phase === OBJECT) this.phase = AFTER;
      } else if (c === 44 /* , */) {
        if (depth === 2 && this.inEvents) this.commas.push(base + i - 1);
        else if (depth === 1) this.keyIsEvents = false;
      } else if (c === 58 /* : */) {
        if (depth === 1 && this.phase === OBJECT) this.colon();
      }
    }
    Object.assign(this, { depth, deepest, inString, escaped, key });
    this.offset = base + n;
  }

  /** The commas found so far, handed over (the splitter forgets them). */
  takeCommas(): number[] {
    const commas = this.commas;
    this.commas = [];
    return commas;
  }

  private colon(): void {
    const key = this.lastString;
    this.lastString = null;
    this.keyIsEvents = false;
    if (key === null) return; // too long to be "events"
    let text: unknown;
    try {
      // Keys are ASCII here when they could be "events"; others are not it anyway.
      text = key.some((b) => b > 127) ? null : JSON.parse(`"${String.fromCharCode(...key)}"`);
    } catch {
      this.phase = OFF; // not a valid key: the whole text will say where
      return;
    }
    if (text === 'events') {
      this.keyIsEvents = true;
      this.eventsKeys++;
    }
  }
}
