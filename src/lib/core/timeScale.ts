/**
 * A linear map from UTC instants to pixels: the part of d3's `scaleUtc` the timeline uses (call,
 * `domain`, `range`, `invert`), with the same arithmetic. d3's scale brings d3-interpolate,
 * d3-color and d3-time-format into the page, 8.7 kB gzip of a 120 kB first-load budget, for
 * features the timeline does not use; timeScale.test.ts checks this one against it.
 */
export interface TimeScale {
  (time: Date | number): number;
  domain(): [Date, Date];
  range(): [number, number];
  invert(px: number): Date;
}

export function timeScale(
  [d0, d1]: readonly [number, number],
  [r0, r1]: readonly [number, number],
): TimeScale {
  // As d3: normalise to [0, 1] on one side, interpolate a·(1 − t) + b·t on the other; an empty
  // domain (or range) maps everything to the middle.
  const span = d1 - d0;
  const extent = r1 - r0;
  const scale = ((time: Date | number) => {
    const t = span ? (+time - d0) / span : 0.5;
    return r0 * (1 - t) + r1 * t;
  }) as TimeScale;
  scale.domain = () => [new Date(d0), new Date(d1)];
  scale.range = () => [r0, r1];
  scale.invert = (px) => {
    const t = extent ? (px - r0) / extent : 0.5;
    return new Date(Math.round(d0 * (1 - t) + d1 * t)); // d3 rounds to the millisecond
  };
  return scale;
}
