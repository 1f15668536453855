import { expect, it } from 'vitest';
import { importProgress, type ImportPhase } from './importProgress';

it('rises from 0 to 1 through the phases, never backwards', () => {
  const phases: ImportPhase[] = [
    'reading',
    'parsing',
    'locating',
    'checking',
    'indexing',
    'transferring',
  ];
  const steps = phases.flatMap((phase) =>
    [0, 0.5, 1].map((done) => importProgress(phase, done).fraction),
  );
  expect(steps[0]).toBe(0);
  expect(steps.at(-1)).toBeCloseTo(1);
  for (let i = 1; i < steps.length; i++) expect(steps[i]!).toBeGreaterThanOrEqual(steps[i - 1]!);
  expect(importProgress('parsing', 7).fraction).toBeLessThanOrEqual(1);
});
