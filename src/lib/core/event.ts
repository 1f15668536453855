/** The canonical event model (DESIGN.md, "Data contract"). Other formats map onto it. */

/** How finely a date is known: the data says so, the app never pretends to know more. */
export type Precision = 'year' | 'month' | 'day';

/**
 * A qualifier for a date the source only bounds: `by` means "no later than the end of `date`"
 * (the text says it had already happened), displayed as "by January 2017".
 */
export type DateQualifier = 'by';

export interface EventSource {
  title: string;
  /** Only http: or https: links survive validation. */
  url?: string;
  /** A short verbatim passage of the source that supports the event. */
  quote?: string;
}

/** An event exactly as the canonical JSON spells it. */
export interface EventRecord {
  id: string;
  /** ISO 8601 at its honest precision: YYYY, YYYY-MM or YYYY-MM-DD. */
  date: string;
  /** Optional end of a span, same form as `date`. */
  end?: string;
  qualifier?: DateQualifier;
  title: string;
  summary?: string;
  place?: string;
  lat?: number;
  lon?: number;
  /**
   * How `lat`/`lon` were found when the data did not give them: `place-name` means an import
   * looked `place` up in the offline gazetteer, shown as "located by place name".
   */
  locatedBy?: LocatedBy;
  tags?: string[];
  actors?: string[];
  sources?: EventSource[];
}

export type LocatedBy = 'place-name';

/** The instant range an event covers, in UTC milliseconds; `end` is exclusive. */
export interface EventTime {
  start: number;
  end: number;
  precision: Precision;
  /** Precision of the `end` field when the event is a span. */
  endPrecision?: Precision;
}

/** A validated event: the record with its lists filled in and its time computed. */
export interface DatelineEvent extends EventRecord {
  summary: string;
  tags: string[];
  actors: string[];
  sources: EventSource[];
  time: EventTime;
}

export interface Dataset {
  title: string;
  events: DatelineEvent[];
}

/** A located event: one with both coordinates. */
export function hasLocation(
  event: EventRecord,
): event is EventRecord & { lat: number; lon: number } {
  return typeof event.lat === 'number' && typeof event.lon === 'number';
}
