import { describe, expect, it } from 'vitest';
import { indexDensity } from './indexDensity';
import { randomEvents } from './testing/randomEvents';
import { seededRandom } from './testing/seededRandom';
import { timeDensity } from './timeBins';
import { createTimeIndex } from './timeIndex';

describe('indexDensity', () => {
  const events = randomEvents(seededRandom(7), 300);
  const index = createTimeIndex(events);

  it('is the density of every event of the index', () => {
    const plain = timeDensity(index.starts, index.ends);
    const [from, to] = index.extent;
    for (let k = 0; k <= 20; k++) {
      const t = from + ((to - from) * k) / 20;
      expect(indexDensity(index).cumulative(t)).toBeCloseTo(plain.cumulative(t), 9);
    }
    expect(indexDensity(index).count).toBe(300);
  });

  it('is built once per index', () => {
    expect(indexDensity(index)).toBe(indexDensity(index));
    expect(indexDensity(createTimeIndex(events))).not.toBe(indexDensity(index));
  });
});
