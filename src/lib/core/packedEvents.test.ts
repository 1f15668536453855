import { describe, expect, it } from 'vitest';
import seed from '../../../data/events.json';
import type { DatelineEvent } from './event';
import { EventPacker, EventUnpacker, packedTransfer, type PackedEvents } from './packedEvents';
import { validateDataset } from './validateDataset';

/** Packs `events` in chunks of `size`, sends each through a structured clone, unpacks them. */
function roundTrip(events: readonly DatelineEvent[], size: number): DatelineEvent[] {
  const packer = new EventPacker();
  const unpacker = new EventUnpacker();
  const out: DatelineEvent[] = [];
  for (let from = 0; from < events.length; from += size) {
    const chunk = packer.pack(events, from, Math.min(events.length, from + size));
    const sent = structuredClone(chunk, { transfer: packedTransfer(chunk) }) as PackedEvents;
    unpacker.unpack(sent, out);
  }
  return out;
}

/** Every key of every nested object, in order: the shapes must be the validator's. */
const keysOf = (value: unknown): unknown =>
  Array.isArray(value)
    ? value.map(keysOf)
    : typeof value === 'object' && value !== null
      ? Object.entries(value).map(([k, v]) => [k, keysOf(v)])
      : typeof value;

const rows = [
  { id: 'a', date: '2019-08-18', title: 'A', lat: 55.75, lon: 37.61 },
  { id: 'b', date: '2019-08', end: '2019-09-15', qualifier: 'by', title: 'B', summary: 'S' },
  { id: 'c', date: '2019', qualifier: 'by', title: 'Ç', place: 'Tripoli', tags: ['x', 'y'] },
  {
    id: 'd',
    date: '2017-01-09',
    end: '2017-01-15',
    title: 'D — 𝔘nicode',
    place: 'Tobruk',
    lat: 32.08,
    lon: 23.96,
    locatedBy: 'place-name',
    actors: ['Haftar', 'Russia'],
    tags: ['x'],
    sources: [
      { title: 'T' },
      { title: 'T', url: 'https://example.org/' },
      { title: 'U', quote: 'q' },
      { title: 'T', url: 'https://example.org/b', quote: '' },
      { title: 'V', url: 'javascript:alert(1)', quote: 'kept as text' },
    ],
  },
  { id: 'e', date: '2019-08-02', end: '2020', title: 'E', place: '', lat: 0, lon: -0 },
  { id: 'f', date: '2016-02-29', title: '', summary: 'no title: not loaded' },
  { id: 'g', date: '2016-02-29', title: 'G', place: 'Tripoli', lat: -90, lon: 180 },
];

describe('EventPacker and EventUnpacker', () => {
  it('rebuild the validated events exactly, key order included, in any chunk size', () => {
    const { dataset } = validateDataset({ events: rows });
    expect(dataset.events.length).toBe(rows.length - 1);
    for (const size of [1, 2, 3, 100]) {
      const back = roundTrip(dataset.events, size);
      expect(back).toStrictEqual(dataset.events);
      expect(keysOf(back)).toEqual(keysOf(dataset.events));
    }
  });

  it('round-trips the seed story', () => {
    const { dataset } = validateDataset(seed);
    const back = roundTrip(dataset.events, 3);
    expect(back).toStrictEqual(dataset.events);
    expect(keysOf(back)).toEqual(keysOf(dataset.events));
  });

  it('keeps a hole in a source list as a hole', () => {
    // eslint-disable-next-line no-sparse-arrays
    const { dataset } = validateDataset({ events: [{ ...rows[0], sources: [, { title: 'S' }] }] });
    const [event] = roundTrip(dataset.events, 10);
    expect(event!.sources.length).toBe(2);
    expect(0 in event!.sources).toBe(false);
    expect(event!.sources[1]).toEqual({ title: 'S' });
  });

  it('sends a repeated value once per load and shares it after', () => {
    const { dataset } = validateDataset({
      events: Array.from({ length: 6 }, (_, i) => ({
        id: `e${i}`,
        date: '2019-08-18',
        title: `Event ${i}`,
        place: 'Tripoli',
        tags: ['Libya', 'INF treaty'],
      })),
    });
    const packer = new EventPacker();
    const first = packer.pack(dataset.events, 0, 3);
    const second = packer.pack(dataset.events, 3, 6);
    expect(first.text.match(/Tripoli/g)).toHaveLength(1);
    expect(second.text).not.toMatch(/Tripoli|Libya|2019-08-18/);
    const unpacker = new EventUnpacker();
    const out: DatelineEvent[] = [];
    const seen: string[] = [];
    unpacker.unpack(first, out);
    unpacker.unpack(second, out, (e) => seen.push(e.id));
    expect(out).toStrictEqual(dataset.events);
    expect(seen).toEqual(['e3', 'e4', 'e5']);
  });

  it('packs nothing into an empty chunk', () => {
    const chunk = new EventPacker().pack([]);
    expect(chunk.count).toBe(0);
    const out: DatelineEvent[] = [];
    new EventUnpacker().unpack(chunk, out);
    expect(out).toEqual([]);
  });
});
