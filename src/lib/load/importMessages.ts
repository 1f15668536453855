import type { PackedEvents } from '../core/packedEvents';
import type { ImportOutcome, ImportProgress } from '../core/import';

/** What the page asks the import worker to load. */
export type ImportRequest = { type: 'file'; file: File } | { type: 'url'; url: string };

/**
 * Events per message from the worker: each is unpacked in the page in one short task (about
 * 3 ms at 1,000 events), so the page keeps drawing in between.
 */
export const EVENTS_PER_MESSAGE = 1000;

/**
 * What the worker builds for the page besides the events, so the page does not build it again
 * from 100,000 objects: the time index's arrays.
 */
export interface PreparedIndex {
  /** `order[p]` is which of the events sent (in `events` messages, in order) is p-th in time. */
  order: Int32Array;
  /** The events' starts and ends, in time order. */
  starts: Float64Array;
  ends: Float64Array;
}

/** What the import worker tells the page. */
export type ImportReply =
  | { type: 'progress'; progress: ImportProgress }
  /**
   * Events as they pass the checks, packed (see EventPacker), a chunk at a time: the page
   * unpacks one chunk while the worker checks the next.
   */
  | { type: 'events'; events: PackedEvents }
  /**
   * Forget the events sent so far: the file did not stream after all (see importStream) and is
   * read again whole; its events come again, packed afresh.
   */
  | { type: 'restart' }
  /**
   * The outcome, its events already sent as `events` messages (its own list is empty), and what
   * the worker built for the page (with a result).
   */
  | { type: 'done'; outcome: ImportOutcome; prepared?: PreparedIndex }
  | { type: 'failed'; source: string; message: string };
