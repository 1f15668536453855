import type { LoadProblem } from '../validateDataset';
import type { Gazetteer } from './gazetteer';

/** Whether a record names a place but gives no coordinates, so the gazetteer may place it. */
export function needsLocation(record: unknown): boolean {
  if (typeof record !== 'object' || record === null) return false;
  const { place, lat, lon } = record as Record<string, unknown>;
  // Coordinates first: most records have them, and then the place is not trimmed (100,000 times).
  return missing(lat) && missing(lon) && typeof place === 'string' && place.trim() !== '';
}

function missing(value: unknown): boolean {
  return value === undefined || value === null || value === '';
}

/**
 * Gives records that name a place but no coordinates the coordinates of that place in the
 * gazetteer, marked `locatedBy: 'place-name'` so the event says so. A place the gazetteer does
 * not know is noted (the event still loads, off the map). Lookups are cached per place name.
 */
export function locateByPlace(
  records: readonly unknown[],
  rowNumbers: readonly number[],
  gazetteer: Gazetteer,
  onProgress?: (done: number, total: number) => void,
): { located: number; notes: LoadProblem[] } {
  const cache = new Map<string, ReturnType<Gazetteer['locate']>>();
  const notes: LoadProblem[] = [];
  let located = 0;
  records.forEach((record, index) => {
    if (index % 5000 === 0) onProgress?.(index, records.length);
    if (!needsLocation(record)) return;
    const r = record as Record<string, unknown>;
    const place = (r.place as string).trim();
    let match = cache.get(place);
    if (match === undefined) cache.set(place, (match = gazetteer.locate(place)));
    if (match) {
      r.lat = match.lat;
      r.lon = match.lon;
      r.locatedBy = 'place-name';
      located++;
    } else {
      notes.push({
        row: rowNumbers[index] ?? index + 1,
        field: 'place',
        reason: `'${place}' is not a city the gazetteer knows; the event is not on the map`,
        kept: true,
        ...(typeof r.id === 'string' && r.id ? { id: r.id } : {}),
      });
    }
  });
  return { located, notes };
}
