import { endOrder } from './endOrder';
import { timeDensity, type TimeDensity } from './timeBins';
import type { TimeIndex } from './timeIndex';

/** The whole dataset's density, per index: every cleared filter comes back to it. */
const densities = new WeakMap<TimeIndex, TimeDensity>();

/** The density over time of all of `index`'s events (see `timeDensity`), built once per index. */
export function indexDensity(index: TimeIndex): TimeDensity {
  let density = densities.get(index);
  if (!density) {
    density = timeDensity(index.starts, index.ends, endOrder(index, null));
    densities.set(index, density);
  }
  return density;
}
