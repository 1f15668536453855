import { timeScale } from './timeScale';

/** A visible time domain [start, end] in UTC milliseconds. */
export type TimeDomain = readonly [number, number];

const HOUR = 36e5;
const YEAR = 365.2425 * 864e5;

/** How far the timeline zooms in (a few hours across the plot) and out, and where it may pan. */
export interface ZoomLimits {
  minSpan: number;
  maxSpan: number;
  /** The domain's centre stays inside these, so the data is never panned out of reach. */
  bounds: TimeDomain;
}

/** Hours at the finest: six of them across the plot. */
export const MIN_SPAN = 6 * HOUR;

/** Limits for data covering `extent`: out to two centuries, or three times the data's length. */
export function zoomLimits(extent: TimeDomain): ZoomLimits {
  const [start, end] = extent;
  if (!Number.isFinite(start) || !Number.isFinite(end)) {
    return { minSpan: MIN_SPAN, maxSpan: 200 * YEAR, bounds: [-Infinity, Infinity] };
  }
  return { minSpan: MIN_SPAN, maxSpan: Math.max(200 * YEAR, 3 * (end - start)), bounds: extent };
}

/**
 * A zoom transform on the x axis: screen x = k * x + tx. This is d3-zoom's ZoomTransform math
 * without d3-zoom, whose import would bring d3-selection and d3-transition into the bundle.
 */
interface XTransform {
  k: number;
  tx: number;
}

/** The domain the transformed axis shows: d3-zoom's `transform.rescaleX(scale).domain()`. */
function transformed(domain: TimeDomain, width: number, { k, tx }: XTransform): TimeDomain {
  const scale = timeScale([domain[0], domain[1]], [0, Math.max(width, 1)]);
  return [
    scale.invert((0 - tx) / k).getTime(),
    scale.invert((Math.max(width, 1) - tx) / k).getTime(),
  ];
}

/**
 * Keeps `domain` within `limits`: its length between minSpan and maxSpan (scaled about the
 * instant at `anchor`, a fraction of the width), its centre inside the bounds.
 */
export function clampDomain(domain: TimeDomain, limits: ZoomLimits, anchor = 0.5): TimeDomain {
  let [d0, d1] = domain;
  const span = Math.min(Math.max(d1 - d0, limits.minSpan), limits.maxSpan);
  if (span !== d1 - d0) {
    const at = d0 + anchor * (d1 - d0);
    d0 = at - anchor * span;
    d1 = d0 + span;
  }
  const centre = (d0 + d1) / 2;
  const shift = Math.min(Math.max(centre, limits.bounds[0]), limits.bounds[1]) - centre;
  return shift === 0 ? [d0, d1] : [d0 + shift, d1 + shift];
}

/**
 * Zooms by `k` (above 1 zooms in) about the pixel `anchorX`, which keeps showing the same instant:
 * d3-zoom's transform translate(x)·scale(k)·translate(−x), applied with rescaleX.
 */
export function zoomDomain(
  domain: TimeDomain,
  width: number,
  k: number,
  anchorX: number,
  limits: ZoomLimits,
): TimeDomain {
  // translate(anchorX) · scale(k) · translate(−anchorX)
  const transform = { k, tx: anchorX - k * anchorX };
  return clampDomain(transformed(domain, width, transform), limits, anchorX / Math.max(width, 1));
}

/** Pans by `dx` pixels: a drag to the right (positive) shows earlier times. */
export function panDomain(
  domain: TimeDomain,
  width: number,
  dx: number,
  limits: ZoomLimits,
): TimeDomain {
  return clampDomain(transformed(domain, width, { k: 1, tx: dx }), limits);
}

/**
 * A two-finger gesture: the instants under the fingers at `from` (pixels) stay under them at
 * `to`, which zooms and pans at once. Fingers closer than a pixel only pan.
 */
export function pinchDomain(
  domain: TimeDomain,
  width: number,
  from: readonly [number, number],
  to: readonly [number, number],
  limits: ZoomLimits,
): TimeDomain {
  const before = from[1] - from[0];
  const after = to[1] - to[0];
  if (Math.abs(before) < 1 || Math.abs(after) < 1) {
    return panDomain(domain, width, (to[0] + to[1] - from[0] - from[1]) / 2, limits);
  }
  const k = after / before;
  const transform = { k, tx: to[0] - k * from[0] };
  const mid = (to[0] + to[1]) / 2 / Math.max(width, 1);
  return clampDomain(transformed(domain, width, transform), limits, mid);
}

/**
 * The zoom factor for one wheel event, as d3-zoom computes it: pixel, line and page deltas
 * scaled alike, and a trackpad pinch (which browsers send as a wheel with ctrlKey) ten times
 * stronger.
 */
export function wheelZoomFactor(deltaY: number, deltaMode: number, ctrlKey: boolean): number {
  const perUnit = deltaMode === 1 ? 0.05 : deltaMode ? 1 : 0.002;
  return 2 ** (-deltaY * perUnit * (ctrlKey ? 10 : 1));
}

/**
 * The domain to show so that `span` (an event's [start, end)) is in view with `margin` of the
 * width to spare on each side: unchanged if it already is, panned if it fits, zoomed out if not.
 * Returns `domain` itself when nothing needs to move.
 */
export function domainShowing(
  domain: TimeDomain,
  span: readonly [number, number],
  limits: ZoomLimits,
  margin = 0.03,
): TimeDomain {
  const [d0, d1] = domain;
  const length = d1 - d0;
  const pad = length * margin;
  const [start, end] = span;
  if (start >= d0 + pad && end <= d1 - pad) return domain;
  const centre = (start + end) / 2;
  const needed = (end - start) / (1 - 2 * margin);
  const next = Math.max(length, needed);
  return clampDomain([centre - next / 2, centre + next / 2], limits);
}
