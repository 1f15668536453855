/**
 * Node benchmark of the pure core (src/lib/core).
 * - Parse + validate + index 105,000 events, each stage timed on its own, then typing a search
 *   on that index as the app recomputes it per keystroke (the list and both chip groups).
 * - A range (30 days) + tag filter over a million events three ways: a full scan with
 *   eventPredicate (the naive reference: what AppState.filtered did), the old indexed path
 *   (overlapping, then the predicate on the hits) and filterEvents; plus the chip counts.
 */
import { performance } from 'node:perf_hooks';
import { createTimeIndex, type TimeIndex } from '../src/lib/core/timeIndex';
import {
  eventPredicate,
  facetChips,
  NO_FILTER,
  type EventFilter,
} from '../src/lib/core/eventFilter';
import { facetIndex } from '../src/lib/core/facetIndex';
import { filterEvents } from '../src/lib/core/filterEvents';
import { indexedFacetChips } from '../src/lib/core/indexedFacetChips';
import { searchTexts } from '../src/lib/core/searchTexts';
import { validateDataset } from '../src/lib/core/validateDataset';
import { datasetJson, generateEvents, FIRST_DAY } from './generate';
import { median } from './stats';

export interface CoreResult {
  parseN: number;
  parseRuns: number;
  /** parseJsonMs + validateMs + indexMs, per run, median. */
  parseMs: number;
  parseJsonMs: number;
  validateMs: number;
  indexMs: number;
  /**
   * Building what search and chips need (the search texts, both facet indexes): done lazily
   * by the first keystroke unless the app warms them when idle after a load.
   */
  warmMs: number;
  /** Typing "near" and back at parseN events, warmed: the slowest keystroke (median over runs). */
  keyMs: number;
  filterN: number;
  filterRuns: number;
  /** Naive reference: index.events.filter(eventPredicate(filter)). */
  scanMs: number;
  /** The previous indexed path: overlapping(from, to), then the predicate on the hits. */
  indexedMs: number;
  /** filterEvents(index, filter). */
  filterMs: number;
  /** indexedFacetChips for tags and actors under the same filter. */
  chipsMs: number;
  matches: number;
}

const time = <T>(fn: () => T): [T, number] => {
  const t0 = performance.now();
  const value = fn();
  return [value, performance.now() - t0];
};

/** The queries of typing "near" and deleting it again, one per keystroke. */
const TYPED = ['n', 'ne', 'nea', 'near', 'nea', 'ne', 'n', ''];

/** What the app recomputes when the query changes: the list and both chip groups. */
function keystroke(index: TimeIndex, query: string) {
  const filter = { ...NO_FILTER, query };
  return [
    filterEvents(index, filter).length,
    indexedFacetChips(index, filter, 'tags').length,
    indexedFacetChips(index, filter, 'actors').length,
  ];
}

export function runCore(
  parseN: number,
  filterN: number,
  runs: number,
  log = console.log,
): CoreResult {
  const text = datasetJson(parseN);
  const parseJson: number[] = [];
  const validate: number[] = [];
  const index: number[] = [];
  const total: number[] = [];
  const warm: number[] = [];
  const slowestKey: number[] = [];
  for (let r = 0; r < runs; r++) {
    const [raw, p] = time(() => JSON.parse(text) as unknown);
    const [result, v] = time(() => validateDataset(raw));
    const [idx, i] = time(() => createTimeIndex(result.dataset.events));
    if (result.problems.length)
      throw new Error(`generated data has problems: ${JSON.stringify(result.problems[0])}`);
    if (idx.events.length !== result.dataset.events.length) throw new Error('index lost events');
    parseJson.push(p);
    validate.push(v);
    index.push(i);
    total.push(p + v + i);
    const [, w] = time(() => [
      searchTexts(idx),
      facetIndex(idx, 'tags'),
      facetIndex(idx, 'actors'),
    ]);
    const key = Math.max(...TYPED.map((query) => time(() => keystroke(idx, query))[1]));
    warm.push(w);
    slowestKey.push(key);
    log(
      `  core ${parseN}: run ${r + 1}: JSON.parse ${p.toFixed(0)} + validate ${v.toFixed(0)} + index ${i.toFixed(0)} = ${(p + v + i).toFixed(0)} ms; search warm-up ${w.toFixed(0)} ms, then keys ≤ ${key.toFixed(1)} ms`,
    );
  }

  // A million validated events (generated records through validateEvent, no JSON text).
  const located = Math.round(filterN / 1.05);
  const { dataset } = validateDataset({ events: generateEvents(located) });
  const idx = createTimeIndex(dataset.events);
  // 30 days in the middle of the five years, one tag.
  const from = FIRST_DAY + 900 * 86_400_000;
  const to = from + 30 * 86_400_000;
  const filter: EventFilter = { ...NO_FILTER, range: [from, to], tags: ['Tag A'] };
  const scan: number[] = [];
  const indexed: number[] = [];
  const fast: number[] = [];
  const chips: number[] = [];
  let matches = -1;
  for (let r = 0; r < runs * 3; r++) {
    const [a, s] = time(() => idx.events.filter(eventPredicate(filter)));
    const [b, q] = time(() => {
      const tagOnly = eventPredicate({ ...filter, range: null });
      const out = [];
      for (const i of idx.overlapping(from, to)) {
        const e = idx.events[i]!;
        if (tagOnly(e)) out.push(e);
      }
      return out;
    });
    const [c, f] = time(() => filterEvents(idx, filter));
    const [, k] = time(() => [
      indexedFacetChips(idx, filter, 'tags'),
      indexedFacetChips(idx, filter, 'actors'),
    ]);
    if (a.length !== b.length) throw new Error(`scan found ${a.length}, index ${b.length}`);
    if (c.length !== a.length || c.some((e, i) => e !== a[i]))
      throw new Error(`filterEvents differs from the scan (${c.length} vs ${a.length})`);
    matches = a.length;
    scan.push(s);
    indexed.push(q);
    fast.push(f);
    chips.push(k);
  }
  // The chips, checked once against the naive facetChips (seconds at this size).
  const naiveChips = facetChips(dataset.events, filter, 'tags');
  if (JSON.stringify(naiveChips) !== JSON.stringify(indexedFacetChips(idx, filter, 'tags')))
    throw new Error('indexedFacetChips differs from facetChips');
  log(
    `  core filter over ${dataset.events.length}: scan ${median(scan).toFixed(2)} ms, overlapping+predicate ${median(indexed).toFixed(2)} ms, filterEvents ${median(fast).toFixed(2)} ms (${(median(scan) / median(fast)).toFixed(0)}× faster than the scan), chips ${median(chips).toFixed(2)} ms, ${matches} matches`,
  );
  return {
    parseN: JSON.parse(text).events.length,
    parseRuns: runs,
    parseMs: median(total),
    parseJsonMs: median(parseJson),
    validateMs: median(validate),
    indexMs: median(index),
    warmMs: median(warm),
    keyMs: median(slowestKey),
    filterN: dataset.events.length,
    filterRuns: runs * 3,
    scanMs: median(scan),
    indexedMs: median(indexed),
    filterMs: median(fast),
    chipsMs: median(chips),
    matches,
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(runCore(Number(process.argv[2] ?? 100_000), Number(process.argv[3] ?? 1_000_000), 5));
}
