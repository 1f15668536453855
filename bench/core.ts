/**
 * Node benchmark of the pure core (src/lib/core): parse + validate + index, and a range + tag
 * filter over a million events, both as a full scan with eventPredicate (what AppState.filtered
 * does today) and through the time index (overlapping, then the predicate on the hits).
 */
import { performance } from 'node:perf_hooks';
import { createTimeIndex } from '../src/lib/core/timeIndex';
import { eventPredicate, NO_FILTER, type EventFilter } from '../src/lib/core/eventFilter';
import { validateDataset } from '../src/lib/core/validateDataset';
import { datasetJson, generateEvents, FIRST_DAY } from './generate';
import { median } from './stats';

export interface CoreResult {
  parseN: number;
  parseRuns: number;
  parseMs: number;
  parseJsonMs: number;
  validateMs: number;
  indexMs: number;
  filterN: number;
  filterRuns: number;
  scanMs: number;
  indexedMs: number;
  matches: number;
}

const time = <T>(fn: () => T): [T, number] => {
  const t0 = performance.now();
  const value = fn();
  return [value, performance.now() - t0];
};

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
    log(`  core parse+validate+index ${parseN}: run ${r + 1}: ${(p + v + i).toFixed(0)} ms`);
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
    if (a.length !== b.length) throw new Error(`scan found ${a.length}, index ${b.length}`);
    matches = a.length;
    scan.push(s);
    indexed.push(q);
  }
  log(
    `  core filter over ${dataset.events.length}: scan ${median(scan).toFixed(2)} ms, indexed ${median(indexed).toFixed(2)} ms, ${matches} matches`,
  );
  return {
    parseN: JSON.parse(text).events.length,
    parseRuns: runs,
    parseMs: median(total),
    parseJsonMs: median(parseJson),
    validateMs: median(validate),
    indexMs: median(index),
    filterN: dataset.events.length,
    filterRuns: runs * 3,
    scanMs: median(scan),
    indexedMs: median(indexed),
    matches,
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(runCore(Number(process.argv[2] ?? 100_000), Number(process.argv[3] ?? 1_000_000), 5));
}
