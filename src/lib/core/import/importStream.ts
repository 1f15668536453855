import { decodeText } from './decodeText';
import { detectJsonFormat, looksLikeTimelineEvent } from './detectFormat';
import { EventsArraySplitter } from './eventsArraySplitter';
import { importDataset, type ImportOptions, type ImportOutcome } from './importDataset';
import { IMPORT_LIMITS } from './importLimits';
import { importProgress } from './importProgress';
import { readDatelineJson } from './readDatelineJson';
import { RowChecker } from './rowChecker';

export interface StreamImportOptions extends Omit<ImportOptions, 'scannedJsonDepth'> {
  /** The whole size in bytes when known (for progress), else 0. */
  total?: number;
  /**
   * Called when the events already given to `onEvent` are to be forgotten: the file turned out
   * not to be one that streams (invalid JSON, another format), so it is read again whole and
   * `onEvent` starts over.
   */
  onRestart?: () => void;
  /** Elements of the events array parsed and checked at a time. */
  batchSize?: number;
}

/** How far into the load the bar is when the download and its checks are done. */
const STREAMED_SHARE = 0.85;

/**
 * Imports a file from its bytes as they arrive. A canonical Dateline JSON (an object whose
 * `events` is an array) is read as it comes: the complete elements of its events array are
 * found by their bytes (EventsArraySplitter), parsed a batch at a time and checked, so events
 * reach `onEvent` while the rest downloads. Everything else (other formats, a byte-order mark,
 * invalid JSON, too deep, anything odd) is read whole by `importDataset` once all has arrived,
 * giving the very same outcome and messages; events already streamed are then taken back
 * (`onRestart`). A file that streams gives the same outcome as `importDataset` would too.
 */
export async function importStream(
  chunks: AsyncIterable<Uint8Array>,
  options: StreamImportOptions,
): Promise<ImportOutcome> {
  const { total = 0, batchSize = 2000, onRestart, ...importOptions } = options;
  const held = new HeldBytes();
  let splitter: EventsArraySplitter | null | undefined;
  let streaming = true;
  let eventsGiven = 0;
  const onEvent = options.onEvent;
  const checker = new RowChecker({
    unit: 'event',
    ...(options.keepEvents !== undefined ? { keepEvents: options.keepEvents } : {}),
    ...(options.loadGazetteer ? { loadGazetteer: options.loadGazetteer } : {}),
    ...(onEvent
      ? {
          onEvent: (event) => {
            eventsGiven++;
            onEvent(event);
          },
        }
      : {}),
  });
  const decoder = new TextDecoder('utf-8', { fatal: true });
  // Where the next batch starts, the commas found past it, and the next element's row.
  let batchStart = -1;
  let commas: number[] = [];
  let nextRow = 1;
  let closed = false;
  let lastReport = 0;

  /** Parses and checks the complete batches found so far; false when the file does not stream. */
  const drain = async (s: EventsArraySplitter): Promise<boolean> => {
    if (!s.streamable || s.deepest > IMPORT_LIMITS.maxJsonDepth || s.eventsKeys > 1) return false;
    if (s.start < 0 || closed) return true;
    if (batchStart < 0) batchStart = s.start;
    for (const comma of s.takeCommas()) commas.push(comma);
    const end = s.end;
    while (commas.length >= batchSize || (end >= 0 && !closed)) {
      const last = commas.length < batchSize;
      const to = last ? end : commas[batchSize - 1]!;
      const count = last ? commas.length + 1 : batchSize;
      commas = last ? [] : commas.slice(batchSize);
      const records = parseElements(held.between(batchStart, to), count, nextRow === 1 && last);
      if (!records || records.some(looksLikeTimelineEvent)) return false;
      const rows = records.map((_, i) => nextRow + i);
      nextRow += records.length;
      batchStart = to + 1;
      closed = last;
      await checker.add(records, rows);
    }
    return true;
  };

  const parseElements = (bytes: Uint8Array, count: number, only: boolean): unknown[] | null => {
    try {
      const list: unknown = JSON.parse(`[${decoder.decode(bytes)}]`);
      if (!Array.isArray(list)) return null;
      // The one "element" of `[ ]` is no element: the array is empty.
      return list.length === count || (only && count === 1 && list.length === 0) ? list : null;
    } catch {
      return null; // not UTF-8 or not JSON: the whole text will say where
    }
  };

  for await (const chunk of chunks) {
    if (chunk.length === 0) continue;
    splitter ??= looksLikeJson(chunk) ? new EventsArraySplitter() : null;
    held.push(chunk);
    splitter?.scan(chunk);
    if (streaming && splitter) {
      streaming = await drain(splitter);
      if (!streaming && eventsGiven > 0) {
        onRestart?.();
        eventsGiven = 0;
      }
    }
    if (total > 0 && held.length - lastReport > 1 << 20) {
      lastReport = held.length;
      const done = held.length / total;
      // Once events stream, reading is most of the load; else reading is the first short step.
      options.onProgress?.(
        streaming && batchStart >= 0
          ? { phase: 'reading', fraction: Math.min(STREAMED_SHARE, STREAMED_SHARE * done) }
          : importProgress('reading', done),
      );
    }
  }

  if (streaming && splitter && closed) {
    const outcome = finishStream(held, splitter, checker, importOptions);
    if (outcome) return outcome;
  }
  if (eventsGiven > 0) onRestart?.();
  return importDataset(held.all(), {
    ...importOptions,
    ...(splitter ? { scannedJsonDepth: splitter.deepest } : {}),
  });
}

/** The outcome of a file that streamed, or null when it must be read whole after all. */
function finishStream(
  held: HeldBytes,
  splitter: EventsArraySplitter,
  checker: RowChecker,
  options: ImportOptions,
): ImportOutcome | null {
  const { start, end } = splitter;
  if (!splitter.complete || splitter.eventsKeys !== 1 || held.length > IMPORT_LIMITS.maxFileBytes)
    return null;
  let value: Record<string, unknown>;
  try {
    // The file with its events array emptied: the title, the stories, and whether it is valid.
    const decoder = new TextDecoder('utf-8', { fatal: true });
    const rest =
      decoder.decode(held.between(0, start)) + decoder.decode(held.between(end, held.length));
    value = JSON.parse(rest) as Record<string, unknown>;
    if (detectJsonFormat(value) !== 'dateline-json') return null;
    // What `decodeText` would say of the whole text, from its start (it looks at that only).
    if (decodeText(held.between(0, textSampleEnd(held))).encoding !== 'utf-8') return null;
  } catch {
    return null;
  }
  return checker.finish({
    source: options.source ?? options.fileName,
    fileName: options.fileName,
    format: 'dateline-json',
    rows: readDatelineJson({ title: value.title, events: [] }),
    messages: [],
    ...(value.stories !== undefined ? { stories: value.stories } : {}),
  });
}

/**
 * Where to cut the start of the text so that, decoded, it holds what `decodeText` looks at: its
 * first 64 K UTF-16 units (a character of up to 3 bytes is one unit, of 4 bytes two, so 192 KB
 * hold at least that many), cut at an ASCII byte so that no character is cut.
 */
function textSampleEnd(held: HeldBytes): number {
  for (let i = 3 * 64 * 1024; i < held.length; i++) if (held.at(i) < 0x80) return i;
  return held.length;
}

/** Whether the first bytes read (after a UTF-8 byte-order mark and spaces) open JSON. */
function looksLikeJson(first: Uint8Array): boolean {
  let i = first[0] === 0xef && first[1] === 0xbb && first[2] === 0xbf ? 3 : 0;
  while (
    i < first.length &&
    (first[i] === 32 || first[i] === 9 || first[i] === 10 || first[i] === 13)
  )
    i++;
  return first[i] === 0x7b /* { */ || first[i] === 0x5b; /* [ */
}

/** The chunks read so far, kept as they came, read back by offset. */
class HeldBytes {
  private readonly chunks: Uint8Array[] = [];
  private readonly starts: number[] = [];
  length = 0;

  push(chunk: Uint8Array): void {
    this.chunks.push(chunk);
    this.starts.push(this.length);
    this.length += chunk.length;
  }

  /** Bytes `from` to `to` (not included): a view when in one chunk, else a copy. */
  between(from: number, to: number): Uint8Array {
    if (from >= to) return new Uint8Array(0);
    let k = this.chunkAt(from);
    const chunk = this.chunks[k]!;
    const offset = from - this.starts[k]!;
    if (to - from <= chunk.length - offset) return chunk.subarray(offset, offset + to - from);
    const bytes = new Uint8Array(to - from);
    for (let at = from; at < to; k++) {
      const piece = this.chunks[k]!.subarray(at - this.starts[k]!, to - this.starts[k]!);
      bytes.set(piece, at - from);
      at += piece.length;
    }
    return bytes;
  }

  at(offset: number): number {
    const k = this.chunkAt(offset);
    return this.chunks[k]![offset - this.starts[k]!]!;
  }

  all(): Uint8Array {
    return this.chunks.length === 1 ? this.chunks[0]! : this.between(0, this.length);
  }

  /** The chunk holding byte `offset` (a binary search: a 35 MB download is 500+ chunks). */
  private chunkAt(offset: number): number {
    let lo = 0;
    let hi = this.chunks.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }
}
