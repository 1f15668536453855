import type { FeatureCollection } from 'geojson';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
// Straight from the modules, not the core barrel: this file is in a lazy chunk (with
// basemapLayer), and what it alone uses must stay in it.
import { mercatorRings, type MercatorRings } from '../core/mercatorRings';

/** A detail level of the basemap, ready to draw: paths in Web Mercator unit coordinates. */
export interface BasemapShapes {
  /** The countries' areas (fill them even-odd: holes are rings of their own). */
  land: Path2D;
  /** The borders between countries (not the coasts). */
  borders: Path2D;
  /** The shapes' extent in x, unit widths: which world copies a view needs. */
  minX: number;
  maxX: number;
}

/**
 * Natural Earth country shapes (a world-atlas TopoJSON file at `url`), projected once: a zoom or
 * a pan then only scales and moves them (see BasemapLayer). Shapes that cross 180° (Russia,
 * Fiji) stay whole rather than streak across the map (see mercatorRings).
 */
export async function loadBasemapShapes(url: string): Promise<BasemapShapes> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  const topology = (await response.json()) as Topology<{ countries: GeometryCollection }>;
  const countries = topology.objects.countries;
  const shapes = feature(topology, countries) as FeatureCollection;
  const land = mercatorRings(shapes.features.flatMap((f) => (f.geometry ? [f.geometry] : [])));
  const borders = mercatorRings([mesh(topology, countries, (a, b) => a !== b)]);
  return {
    land: path(land),
    borders: path(borders),
    minX: Math.min(land.minX, borders.minX),
    maxX: Math.max(land.maxX, borders.maxX),
  };
}

/**
 * The rings as one path. Not closed: a fill closes each subpath itself, and the land is only
 * filled (Chromium's closePath on a growing Path2D cost 160 ms for the 1:50m shapes).
 */
function path({ xy, starts }: MercatorRings): Path2D {
  const drawn = new Path2D();
  for (let r = 0; r + 1 < starts.length; r++) {
    const from = starts[r]!;
    const to = starts[r + 1]!;
    drawn.moveTo(xy[2 * from]!, xy[2 * from + 1]!);
    for (let p = from + 1; p < to; p++) drawn.lineTo(xy[2 * p]!, xy[2 * p + 1]!);
  }
  return drawn;
}
