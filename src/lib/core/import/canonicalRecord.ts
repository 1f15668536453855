import type { DatelineEvent, EventRecord } from '../event';

/**
 * An event as the canonical JSON spells it: the computed time left out, empty lists and
 * texts omitted, fields in the order of DESIGN.md's data contract.
 */
export function canonicalRecord(event: DatelineEvent): EventRecord {
  const record: EventRecord = {
    id: event.id,
    date: event.date,
    ...(event.end ? { end: event.end } : {}),
    ...(event.qualifier ? { qualifier: event.qualifier } : {}),
    title: event.title,
  };
  if (event.summary) record.summary = event.summary;
  if (event.place) record.place = event.place;
  if (event.lat !== undefined && event.lon !== undefined) {
    record.lat = event.lat;
    record.lon = event.lon;
    if (event.locatedBy) record.locatedBy = event.locatedBy;
  }
  if (event.tags.length) record.tags = [...event.tags];
  if (event.actors.length) record.actors = [...event.actors];
  if (event.sources.length) record.sources = event.sources.map((s) => ({ ...s }));
  return record;
}
