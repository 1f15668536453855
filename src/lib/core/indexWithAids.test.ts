import { describe, expect, it } from 'vitest';
import { bandPlaces } from './bandDistances';
import { buildFacetIndex, facetIndex } from './facetIndex';
import { indexWithAids } from './indexWithAids';
import { markerPoints, markerPointsOf } from './markerPoints';
import { searchTexts } from './searchTexts';
import { randomEvents } from './testing/randomEvents';
import { seededRandom } from './testing/seededRandom';
import { createTimeIndex } from './timeIndex';
import { eventSearchText } from './searchText';

describe('indexWithAids', () => {
  const events = createTimeIndex(randomEvents(seededRandom(21), 200)).events;

  it('keeps what the load built, instead of building it again', () => {
    const tags = buildFacetIndex(events, null, 'tags');
    const points = markerPointsOf(events);
    const texts = events.map(eventSearchText);
    const index = indexWithAids(events, {
      times: {
        starts: Float64Array.from(events, (e) => e.time.start),
        ends: Float64Array.from(events, (e) => e.time.end),
      },
      facets: { tags },
      points,
      places: bandPlaces(events),
      searchTexts: texts,
    });
    expect(index.events).toBe(events);
    expect(facetIndex(index, 'tags')).toBe(tags);
    expect(markerPoints(index)).toBe(points);
    expect(searchTexts(index)).toBe(texts);
  });

  it('is the plain time index without aids', () => {
    const index = indexWithAids(events, {});
    expect(index.events).toEqual(createTimeIndex(events).events);
    expect(facetIndex(index, 'actors')).toEqual(buildFacetIndex(events, null, 'actors'));
  });
});
