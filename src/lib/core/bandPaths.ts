import { geoMercator, geoPath } from 'd3';
import type { RangeBandShape } from './rangeBandShape';
import type { PixelPoint } from './spreadPoints';

/** A box in some pixel space (x right, y down): an SVG's or the map's. Never degrees. */
export interface PixelBounds {
  min: PixelPoint;
  max: PixelPoint;
}

/**
 * Web Mercator as Leaflet draws it at one zoom, expressed in a target's pixel space: where the
 * point 0° N, 0° E of the main world copy lands, and the world's width (256 × 2^zoom for
 * Leaflet). Only `clip` is drawn: the visible map and a margin.
 */
export interface MercatorPixelView {
  origin: PixelPoint;
  worldWidth: number;
  clip: PixelBounds;
}

/** SVG path data for each part of the band; empty strings where nothing is in view. */
export interface BandPaths {
  /** The filled annulus (sub-paths of several world copies; fill it with `evenodd`). */
  area: string;
  outerEdge: string;
  innerEdge: string;
}

/** The world copies (0 = Leaflet's main one, -1 to its west, …) that overlap `view.clip`. */
export function worldCopiesInView(view: MercatorPixelView): number[] {
  const { origin, worldWidth, clip } = view;
  const half = worldWidth / 2;
  const first = Math.ceil((clip.min.x - origin.x - half) / worldWidth);
  const last = Math.floor((clip.max.x - origin.x + half) / worldWidth);
  const copies: number[] = [];
  for (let k = first; k <= last; k++) {
    const west = origin.x + k * worldWidth - half;
    if (west < clip.max.x && west + worldWidth > clip.min.x) copies.push(k);
  }
  return copies;
}

/**
 * Draws the band in Web Mercator pixels, once per world copy in view. d3 does the spherical
 * work: it cuts each polygon at the antimeridian and keeps the side that holds the pole, then
 * clips to the world's square (±85.05°, where Leaflet's map ends) and to the view, so the
 * strings stay short at any zoom.
 */
export function bandPaths(shape: RangeBandShape, view: MercatorPixelView): BandPaths {
  const { origin, worldWidth, clip } = view;
  const half = worldWidth / 2;
  const area: string[] = [];
  const outerEdge: string[] = [];
  const innerEdge: string[] = [];
  for (const k of worldCopiesInView(view)) {
    const x = origin.x + k * worldWidth;
    const x0 = Math.max(clip.min.x, x - half);
    const x1 = Math.min(clip.max.x, x + half);
    const y0 = Math.max(clip.min.y, origin.y - half);
    const y1 = Math.min(clip.max.y, origin.y + half);
    if (!(x0 < x1 && y0 < y1)) continue;
    const projection = geoMercator()
      .scale(worldWidth / (2 * Math.PI))
      .translate([x, origin.y])
      .clipExtent([
        [x0, y0],
        [x1, y1],
      ]);
    const path = geoPath(projection).digits(1);
    area.push(path(shape.area) ?? '');
    outerEdge.push(path(shape.outerEdge) ?? '');
    if (shape.innerEdge) innerEdge.push(path(shape.innerEdge) ?? '');
  }
  return { area: area.join(''), outerEdge: outerEdge.join(''), innerEdge: innerEdge.join('') };
}
