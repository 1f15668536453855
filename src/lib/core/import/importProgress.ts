/** The steps of a load, in order. */
export type ImportPhase =
  'reading' | 'parsing' | 'locating' | 'checking' | 'indexing' | 'transferring';

export interface ImportProgress {
  phase: ImportPhase;
  /** How far the whole load is, 0 to 1. */
  fraction: number;
}

/** Each step's rough share of a big CSV's load time (measured on 200,000 rows, 47 MB). */
const WEIGHTS: readonly [ImportPhase, number][] = [
  ['reading', 0.05],
  ['parsing', 0.35],
  ['locating', 0.05],
  ['checking', 0.3],
  ['indexing', 0.1],
  ['transferring', 0.15],
];

/** Overall progress when `phase` is `done` (0 to 1) of the way through. */
export function importProgress(phase: ImportPhase, done: number): ImportProgress {
  let before = 0;
  for (const [name, weight] of WEIGHTS) {
    if (name === phase) {
      return { phase, fraction: Math.min(1, before + weight * Math.max(0, Math.min(1, done))) };
    }
    before += weight;
  }
  return { phase, fraction: 1 };
}

export const PHASE_LABELS: Readonly<Record<ImportPhase, string>> = {
  reading: 'Reading the file',
  parsing: 'Reading rows',
  locating: 'Placing events by place name',
  checking: 'Checking events',
  indexing: 'Sorting events in time',
  transferring: 'Handing events to the page',
};
