import type { DatelineEvent } from '../core';
import type { ImportOutcome, ImportProgress } from '../core/import';

/** What the page asks the import worker to load. */
export type ImportRequest = { type: 'file'; file: File } | { type: 'url'; url: string };

/** Events per message from the worker: each is copied into the page in one short task. */
export const EVENTS_PER_MESSAGE = 1000;

/** What the import worker tells the page. */
export type ImportReply =
  | { type: 'progress'; progress: ImportProgress }
  /**
   * The loaded events, in order, a chunk at a time: copying 200,000 events into the page in
   * one message would hold the page for seconds; in chunks it keeps drawing in between.
   */
  | { type: 'events'; events: DatelineEvent[]; total: number }
  /** The outcome, its events already sent as `events` messages (its own list is empty). */
  | { type: 'done'; outcome: ImportOutcome }
  | { type: 'failed'; source: string; message: string };
