import { countOf, formatCount } from '../formatCount';
import { htmlToLine } from './htmlToText';
import { IdMaker } from './idMaker';
import { emptyRows, type ImportedRows, type RowProgress } from './importedRows';
import { hasTimeOfDay, timelineEvent, type TimelineSlide } from './timelineEvent';

type Fields = Record<string, unknown>;

/**
 * Reads TimelineJS JSON: `title` (its headline is the dataset's title), `events[]` with
 * `start_date`/`end_date` objects, `text.headline`, `text.text`, `group`, `unique_id` and
 * `media`. Eras frame a timeline and are not events: the report counts them.
 */
export function readTimelineJson(value: Fields, onProgress?: RowProgress): ImportedRows {
  const titleSlide = isObject(value.title) ? value.title : {};
  const titleText = isObject(titleSlide.text) ? titleSlide.text : {};
  const rows = emptyRows(
    'event',
    htmlToLine(text(titleText.headline)) || htmlToLine(text(titleText.text)),
  );
  const events = Array.isArray(value.events) ? (value.events as unknown[]) : [];
  const ids = new IdMaker(
    events.flatMap((e) => (isObject(e) && e.unique_id != null ? [String(e.unique_id).trim()] : [])),
  );
  let times = 0;
  events.forEach((event, index) => {
    const row = index + 1;
    if (index % 5000 === 0) onProgress?.(index, events.length);
    if (!isObject(event)) {
      rows.problems.push({ row, field: 'event', reason: 'is not an object' });
      return;
    }
    const start = event.start_date;
    if (!isObject(start)) {
      rows.problems.push({ row, field: 'start_date', reason: 'is missing' });
      return;
    }
    const end = isObject(event.end_date) ? event.end_date : undefined;
    if (hasTimeOfDay(start) || hasTimeOfDay(end)) times++;
    const content = isObject(event.text) ? event.text : {};
    const slide: TimelineSlide = {
      start,
      ...(end ? { end } : {}),
      headline: content.headline,
      text: content.text,
      group: event.group,
      uniqueId: event.unique_id,
      ...(isObject(event.media) ? { media: event.media } : {}),
    };
    const result = timelineEvent(slide, ids, `event-${row}`, {
      start: (part) => `start_date.${part}`,
      end: (part) => `end_date.${part}`,
    });
    if (!result.ok) {
      const id = slide.uniqueId != null ? { id: String(slide.uniqueId) } : {};
      rows.problems.push({ row, field: result.field, reason: result.reason, ...id });
      return;
    }
    rows.records.push(result.record);
    rows.rowNumbers.push(row);
  });
  if (times) {
    rows.messages.push(
      `Times of day were left out (${formatCount(times)} ${times === 1 ? 'event has' : 'events have'} one): Dateline dates events to the day.`,
    );
  }
  const eras = Array.isArray(value.eras) ? value.eras.length : 0;
  if (eras) {
    rows.messages.push(
      `${countOf(eras, 'era')} (spans that frame the timeline) ${eras === 1 ? 'is' : 'are'} not events and ${eras === 1 ? 'was' : 'were'} not loaded.`,
    );
  }
  return rows;
}

function isObject(value: unknown): value is Fields {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function text(value: unknown): string {
  return typeof value === 'string' ? value : '';
}
