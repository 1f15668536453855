import { describe, expect, it } from 'vitest';
import { Gazetteer } from './gazetteer';
import { readDatelineJson } from './readDatelineJson';
import { RowChecker } from './rowChecker';

const gazetteer = Gazetteer.parse(
  '[countries]\nLY\tLibya\n[cities]\nTobruk\tLY\t79\t32.090\t23.954\n',
);

const records = [
  { id: 'b', date: '2018', title: 'B', place: 'Tobruk' },
  { id: 'bad', date: '2019-13', title: 'Bad', place: 'Atlantis' },
  {
    id: 'a',
    date: '2017',
    title: 'A',
    sources: [{ title: 'S', url: 'ftp://x' }],
    place: 'Nowhere',
  },
  { id: 'b', date: '2020', title: 'B again' },
  { id: 'long', date: '2019', title: 'x'.repeat(20_001) },
  { id: 'c', date: '2016', title: 'C', place: 'Tobruk' },
];

/** Checks copies of `records` cut into batches of `size`, then finishes. */
async function checked(size: number, loadGazetteer = async () => gazetteer, keepEvents = true) {
  const copies = structuredClone(records) as unknown[];
  const seen: string[] = [];
  const checker = new RowChecker({
    unit: 'event',
    loadGazetteer,
    onEvent: (e) => seen.push(e.id),
    keepEvents,
  });
  for (let from = 0; from < copies.length; from += size) {
    const batch = copies.slice(from, from + size);
    await checker.add(
      batch,
      batch.map((_, i) => from + i + 1),
    );
  }
  const rows = readDatelineJson({ title: ' T ', events: [] });
  const outcome = checker.finish({
    source: 's',
    fileName: 'f.json',
    format: 'dateline-json',
    rows,
    messages: [],
  });
  return { outcome, seen };
}

describe('RowChecker', () => {
  it('gives the same outcome in any batches as in one', async () => {
    const one = await checked(records.length);
    for (const size of [1, 2, 4]) expect(await checked(size)).toEqual(one);
    const { outcome, seen } = one;
    expect(seen).toEqual(['b', 'a', 'c']);
    expect(outcome.result!.dataset.events.map((e) => e.id)).toEqual(['c', 'a', 'b']);
    expect([...outcome.index!.order]).toEqual([2, 1, 0]);
    expect(outcome.result!.dataset.title).toBe('T');
    expect(outcome.report).toMatchObject({ found: 6, loaded: 3, located: 2 });
    expect(outcome.report.problems.map((p) => [p.row, p.field])).toEqual([
      [2, 'date'],
      [4, 'id'],
      [5, 'title'],
    ]);
    // The gazetteer's note and the validator's on row 3, in that order; none for row 2 (not loaded).
    expect(outcome.report.notes.map((p) => [p.row, p.field])).toEqual([
      [3, 'place'],
      [3, 'sources[0].url'],
    ]);
  });

  it('without keeping the events, gives the same report and time order, and no events', async () => {
    const kept = await checked(2);
    const given = await checked(2, async () => gazetteer, false);
    expect(given.seen).toEqual(kept.seen);
    expect(given.outcome.result!.dataset.events).toEqual([]);
    expect(given.outcome.index).toEqual(kept.outcome.index);
    expect(given.outcome.report).toEqual(kept.outcome.report);
    expect(given.outcome.result!.problems).toEqual(kept.outcome.result!.problems);
  });

  it('asks for the gazetteer once, and counts every unplaced event when it fails', async () => {
    let calls = 0;
    const failing = () => {
      calls++;
      return Promise.reject(new Error('offline'));
    };
    const { outcome } = await checked(1, failing);
    expect(calls).toBe(1);
    expect(outcome.report.messages).toEqual([
      'The gazetteer could not be loaded (offline), so 4 events with a place but no coordinates are not on the map.',
    ]);
  });
});
