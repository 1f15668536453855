/**
 * Seeded synthetic datasets in Dateline's canonical JSON (DESIGN.md, "Data contract").
 * `n` located events, plus 5% of n without coordinates; 10% of all events are spans.
 * Same seed and n, same bytes.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** mulberry32: small, fast, deterministic. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const SEED = 20190802;
/** Events fall in these five years (UTC calendar days). */
export const FIRST_DAY = Date.UTC(2015, 0, 1);
export const DAYS = 5 * 365 + 1;
export const TAGS = Array.from({ length: 24 }, (_, i) => `Tag ${String.fromCharCode(65 + i)}`);
export const ACTORS = Array.from({ length: 40 }, (_, i) => `Actor ${i + 1}`);
const PLACES: [string, number, number][] = [
  ['Tripoli', 32.89, 13.19],
  ['Tobruk', 32.08, 23.96],
  ['Benghazi', 32.12, 20.09],
  ['Moscow', 55.76, 37.62],
  ['Washington', 38.9, -77.04],
  ['Rome', 41.9, 12.5],
  ['Paris', 48.86, 2.35],
  ['Berlin', 52.52, 13.4],
  ['Cairo', 30.04, 31.24],
  ['Ankara', 39.93, 32.86],
  ['Tunis', 36.81, 10.18],
  ['Algiers', 36.75, 3.06],
  ['Brussels', 50.85, 4.35],
  ['London', 51.51, -0.13],
  ['Kyiv', 50.45, 30.52],
  ['Warsaw', 52.23, 21.01],
  ['Geneva', 46.2, 6.14],
  ['Athens', 37.98, 23.73],
  ['Beirut', 33.89, 35.5],
  ['Damascus', 33.51, 36.29],
  ['Baghdad', 33.31, 44.37],
  ['Tehran', 35.69, 51.39],
  ['Riyadh', 24.71, 46.68],
  ['Khartoum', 15.5, 32.56],
  ['Niamey', 13.51, 2.11],
  ['Madrid', 40.42, -3.7],
  ['Valletta', 35.9, 14.51],
  ['Sirte', 31.2, 16.59],
  ['Misrata', 32.38, 15.09],
  ['Sebha', 27.04, 14.43],
];

const iso = (ms: number, precision: 'day' | 'month' | 'year') =>
  new Date(ms).toISOString().slice(0, precision === 'day' ? 10 : precision === 'month' ? 7 : 4);

export interface GeneratedEvent {
  id: string;
  date: string;
  end?: string;
  title: string;
  summary: string;
  place?: string;
  lat?: number;
  lon?: number;
  tags: string[];
  actors: string[];
  sources: { title: string; url: string; quote: string }[];
}

/** `located` events with coordinates, then 5% more without; shuffled deterministically. */
export function generateEvents(located: number, seed = SEED): GeneratedEvent[] {
  const random = rng(seed + located);
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
  const total = located + Math.round(located * 0.05);
  const events: GeneratedEvent[] = [];
  for (let i = 0; i < total; i++) {
    const hasPlace = i < located;
    const day = FIRST_DAY + Math.floor(random() * DAYS) * 86_400_000;
    const r = random();
    const precision = r < 0.9 ? 'day' : r < 0.97 ? 'month' : 'year';
    const [place, plat, plon] = pick(PLACES);
    const tagCount = 1 + Math.floor(random() * 3);
    const tags = [...new Set(Array.from({ length: tagCount }, () => pick(TAGS)))];
    const actors = [
      ...new Set(Array.from({ length: 1 + Math.floor(random() * 2) }, () => pick(ACTORS))),
    ];
    const event: GeneratedEvent = {
      id: `ev-${i}`,
      date: iso(day, precision),
      title: `Synthetic event ${i} near ${place}`,
      summary: `Generated for the benchmark (${tags.join(', ')}).`,
      tags,
      actors,
      sources: [
        { title: 'Synthetic source', url: `https://example.org/${i}`, quote: `Quote ${i}.` },
      ],
    };
    if (random() < 0.1) {
      // A span of 1 to 60 days after the start (day precision for its end).
      const endDay = day + (1 + Math.floor(random() * 60)) * 86_400_000;
      event.end = iso(endDay, 'day');
    }
    if (hasPlace) {
      // Gaussian-ish scatter (~100 km) around a real place.
      const g = () => (random() + random() + random() - 1.5) * 1.2;
      event.place = place;
      event.lat = Math.round((plat + g()) * 1e4) / 1e4;
      event.lon = Math.round((plon + g()) * 1e4) / 1e4;
    }
    // Events without coordinates get no place either: a place name would be geocoded by the app.
    events.push(event);
  }
  // Fisher-Yates, so file order is not time order (the index must sort).
  for (let i = events.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [events[i], events[j]] = [events[j]!, events[i]!];
  }
  return events;
}

export function datasetJson(located: number, seed = SEED): string {
  return JSON.stringify({
    title: `Synthetic benchmark, ${located} located events (seed ${seed})`,
    events: generateEvents(located, seed),
  });
}

/** Writes `<n>.json` for each n into `dir`; returns the paths. */
export function writeDatasets(dir: string, sizes: readonly number[], seed = SEED): string[] {
  mkdirSync(dir, { recursive: true });
  return sizes.map((n) => {
    const path = join(dir, `${n}.json`);
    writeFileSync(path, datasetJson(n, seed));
    return path;
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const sizes = process.argv
    .slice(2)
    .map(Number)
    .filter((n) => n > 0);
  const out = join(import.meta.dirname, 'out', 'data');
  for (const path of writeDatasets(out, sizes.length ? sizes : [1000, 10_000, 100_000]))
    console.log(path);
}
