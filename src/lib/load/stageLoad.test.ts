import { describe, expect, it } from 'vitest';
import { eventSearchText, facetIndex, type DatelineEvent } from '../core';
import { FacetCollector } from '../core/facetCollector';
import { PlaceCollector } from '../core/placeCollector';
import { randomEvents } from '../core/testing/randomEvents';
import { seededRandom } from '../core/testing/seededRandom';
import { createTimeIndex } from '../core/timeIndex';
import { stageLoad, type CollectedEvents } from './stageLoad';

/** Events as the page collects them from the worker, in the order the worker checked them. */
function collect(received: DatelineEvent[]): CollectedEvents {
  const collected: CollectedEvents = {
    received,
    byId: new Map(received.map((e) => [e.id, e])),
    places: new PlaceCollector({ lat: 55.75, lon: 37.62 }),
    tags: new FacetCollector('tags'),
    actors: new FacetCollector('actors'),
    texts: received.map(eventSearchText),
  };
  for (const event of received) {
    collected.places.add(event);
    collected.tags.add(event);
    collected.actors.add(event);
  }
  return collected;
}

describe('stageLoad', () => {
  const received = randomEvents(seededRandom(11), 500);
  const sorted = createTimeIndex(received);
  const prepared = { order: sorted.inputIndex, starts: sorted.starts, ends: sorted.ends };
  /** Stages `received`, counting the tasks it yields to; wanted while `wanted(tasks)`. */
  async function stage(sliceMs: number, wanted = (tasks: number) => tasks >= 0) {
    let tasks = 0;
    const staged = await stageLoad(
      collect(received),
      prepared,
      async () => void tasks++,
      () => wanted(tasks),
      sliceMs,
    );
    return { staged, tasks };
  }

  it('puts the events in time order with an index built from what was collected, a step per task', async () => {
    const { staged, tasks } = await stage(0);
    expect(staged!.events.map((e) => e.id)).toEqual(sorted.events.map((e) => e.id));
    const index = staged!.aids!.index!;
    expect(index.events).toBe(staged!.events);
    expect(facetIndex(index, 'tags')).toEqual(facetIndex(createTimeIndex(sorted.events), 'tags'));
    expect(staged!.aids!.searchTexts).toEqual(sorted.events.map(eventSearchText));
    expect(tasks).toBeGreaterThanOrEqual(8);
  });

  it('stops when the load is no longer wanted', async () => {
    const { staged, tasks } = await stage(0, (tasks) => tasks < 3);
    expect(staged).toBeNull();
    expect(tasks).toBe(3);
  });

  it('runs quick steps in one task, the dataset going on screen in the next', async () => {
    const { staged, tasks } = await stage(60_000);
    expect(staged!.aids!.index!.events).toBe(staged!.events);
    expect(tasks).toBe(2);
  });

  it('hands the events over as they came without the worker’s order', async () => {
    const staged = await stageLoad(
      collect(received),
      undefined,
      async () => {},
      () => true,
    );
    expect(staged).toEqual({ events: received });
  });
});
