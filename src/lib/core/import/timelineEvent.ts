import { dateFromParts } from './dateFromParts';
import { htmlToLine, htmlToText } from './htmlToText';
import type { IdMaker } from './idMaker';
import { timelineSource, type TimelineMedia } from './timelineSource';

/** One TimelineJS slide, from its JSON or from a row of its sheet. */
export interface TimelineSlide {
  start: { year?: unknown; month?: unknown; day?: unknown };
  end?: { year?: unknown; month?: unknown; day?: unknown };
  headline?: unknown;
  text?: unknown;
  group?: unknown;
  uniqueId?: unknown;
  media?: TimelineMedia;
}

export type SlideResult =
  { ok: true; record: Record<string, unknown> } | { ok: false; field: string; reason: string };

/** Longest title made from a slide's text when it has no headline. */
const TITLE_FROM_TEXT = 80;

/**
 * A TimelineJS slide as a canonical event record: its start and end dates at the precision the
 * slide gives, its headline and text reduced to plain text (never rendered), its group as a
 * tag and its media as a source. A slide without a headline takes the start of its text as the
 * title. `names` says what the date fields are called in the report ("start_date", "Year").
 */
export function timelineEvent(
  slide: TimelineSlide,
  ids: IdMaker,
  fallbackId: string,
  names: {
    start: (part: 'year' | 'month' | 'day') => string;
    end: (part: 'year' | 'month' | 'day') => string;
  },
): SlideResult {
  const start = dateFromParts(
    part(slide.start.year),
    part(slide.start.month),
    part(slide.start.day),
  );
  if (!start) return { ok: false, field: names.start('year'), reason: 'is missing' };
  if (!start.ok) return { ok: false, field: names.start(start.field), reason: start.reason };
  const end = slide.end
    ? dateFromParts(part(slide.end.year), part(slide.end.month), part(slide.end.day))
    : null;
  if (end && !end.ok) return { ok: false, field: names.end(end.field), reason: end.reason };

  const text = typeof slide.text === 'string' ? htmlToText(slide.text) : '';
  let title = typeof slide.headline === 'string' ? htmlToLine(slide.headline) : '';
  if (!title && text) {
    const line = text.replace(/\s+/g, ' ');
    title =
      line.length > TITLE_FROM_TEXT ? `${line.slice(0, TITLE_FROM_TEXT - 1).trimEnd()}…` : line;
  }
  const group = typeof slide.group === 'string' ? htmlToLine(slide.group) : '';
  const source = timelineSource(slide.media);
  const given =
    typeof slide.uniqueId === 'string' || typeof slide.uniqueId === 'number'
      ? String(slide.uniqueId).trim()
      : '';
  const record: Record<string, unknown> = {
    id: given || ids.make(start.date, title, fallbackId),
    date: start.date,
    title,
  };
  if (end) record.end = end.date;
  if (text) record.summary = text;
  if (group) record.tags = [group];
  if (source) record.sources = [source];
  return { ok: true, record };
}

function part(value: unknown): string {
  return typeof value === 'string' || typeof value === 'number' ? String(value) : '';
}

/** Whether a TimelineJS date object or row gives a time of day (hour, minute, "Time"). */
export function hasTimeOfDay(date: unknown): boolean {
  if (typeof date !== 'object' || date === null) return false;
  const d = date as Record<string, unknown>;
  return ['hour', 'minute', 'second', 'millisecond'].some((k) => d[k] !== undefined && d[k] !== '');
}
