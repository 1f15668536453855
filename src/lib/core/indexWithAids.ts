import { adoptBandPlaces, type BandPlaces, type KnownDistances } from './bandDistances';
import type { DatelineEvent } from './event';
import { adoptFacetIndex, type FacetField, type FacetIndex } from './facetIndex';
import { adoptMarkerPoints, type MarkerPoints } from './markerPoints';
import { adoptSearchTexts } from './searchTexts';
import { createTimeIndex, type TimeIndex } from './timeIndex';

/**
 * What a load may bring ready-made for its events (built by the import worker, or by the load
 * controller as the events arrive), so the page does not build it again from 100,000 objects
 * in one task.
 */
export interface LoadAids {
  /** The events' starts and ends, in the dataset's order. */
  times?: { starts: Float64Array; ends: Float64Array };
  /** Facet indexes built over the events in time order (see adoptFacetIndex). */
  facets?: Partial<Record<FacetField, FacetIndex>>;
  /** The events by id. */
  eventsById?: Map<string, DatelineEvent>;
  /** Each event's search text (`eventSearchText`), in time order. */
  searchTexts?: readonly string[];
  /** The positions of those texts in the order they were made (see searchOrder). */
  searchOrder?: Int32Array;
  /** Where the events are, in the dataset's order (see bandPlaces and markerPointsOf). */
  places?: BandPlaces;
  points?: MarkerPoints;
  /** Their distances from a launch point, in the dataset's order. */
  distances?: KnownDistances;
  /** Their time index, built already from the aids above (see `indexWithAids`). */
  index?: TimeIndex;
}

/**
 * The time index of `events` (in time order), with what `aids` bring for it adopted, so it is
 * not built again from the events. A load may call this ahead of the app state's `load`, in a
 * task of its own, and pass the index in `aids.index`.
 */
export function indexWithAids(events: readonly DatelineEvent[], aids: LoadAids): TimeIndex {
  const index = createTimeIndex(events, aids.times);
  for (const field of ['tags', 'actors'] as const) {
    const facet = aids.facets?.[field];
    if (facet) adoptFacetIndex(index, field, facet);
  }
  if (aids.places) adoptBandPlaces(index, aids.places);
  if (aids.points) adoptMarkerPoints(index, aids.points);
  if (aids.searchTexts) adoptSearchTexts(index, aids.searchTexts, aids.searchOrder);
  return index;
}
