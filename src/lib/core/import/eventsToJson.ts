import type { DatelineEvent } from '../event';
import { canonicalRecord } from './canonicalRecord';

/** The canonical JSON of a dataset (or of the events a view shows), as Dateline reads it back. */
export function eventsToJson(title: string, events: readonly DatelineEvent[]): string {
  return `${JSON.stringify({ title, events: events.map(canonicalRecord) }, null, 2)}\n`;
}
