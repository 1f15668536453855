import { bandPosition } from './bandPosition';
import { hasLocation, type DatelineEvent } from './event';
import { EARTH_RADIUS_KM, type LatLon } from './greatCircle';
import type { TimeIndex } from './timeIndex';

const RADIANS = Math.PI / 180;

/**
 * Where an index's events are, as the distances need them: by position, each latitude's sine and
 * cosine and the longitude (NaN: no place), and how many have a place. Built once per dataset
 * (by the import worker, for an imported one).
 */
export interface BandPlaces {
  sinLat: Float64Array;
  cosLat: Float64Array;
  lon: Float64Array;
  located: number;
}

const placesOf = new WeakMap<TimeIndex, BandPlaces>();

/** The places of `events` (an index's, in its order). */
export function bandPlaces(events: readonly DatelineEvent[]): BandPlaces {
  const n = events.length;
  const sinLat = new Float64Array(n);
  const cosLat = new Float64Array(n);
  const lon = new Float64Array(n).fill(NaN);
  let located = 0;
  for (let p = 0; p < n; p++) {
    const event = events[p]!;
    if (!hasLocation(event)) continue;
    const lat = event.lat * RADIANS;
    sinLat[p] = Math.sin(lat);
    cosLat[p] = Math.cos(lat);
    lon[p] = event.lon;
    located++;
  }
  return { sinLat, cosLat, lon, located };
}

/** Keeps `places` (built elsewhere over `index`'s events) as `index`'s. */
export function adoptBandPlaces(index: TimeIndex, places: BandPlaces): void {
  placesOf.set(index, places);
}

function places(index: TimeIndex): BandPlaces {
  let found = placesOf.get(index);
  if (!found) placesOf.set(index, (found = bandPlaces(index.events)));
  return found;
}

/**
 * The distance in km from `center` to each place (NaN where there is none): d3's `geoDistance`
 * (atan2 of the chord's parts, accurate at every distance), as `distancesFrom` computes it.
 */
export function bandKm(center: LatLon, { sinLat, cosLat, lon }: BandPlaces): Float64Array {
  const sinLat0 = Math.sin(center.lat * RADIANS);
  const cosLat0 = Math.cos(center.lat * RADIANS);
  const lon0 = center.lon;
  const n = lon.length;
  const km = new Float64Array(n);
  for (let p = 0; p < n; p++) {
    const lonP = lon[p]!;
    if (lonP !== lonP) {
      km[p] = NaN;
      continue;
    }
    km[p] = kmBetween(sinLat0, cosLat0, lon0, sinLat[p]!, cosLat[p]!, lonP);
  }
  return km;
}

/**
 * The great-circle distance in km between two places given by their latitudes' sines and
 * cosines and their longitudes in degrees (d3's `geoDistance`).
 */
export function kmBetween(
  sinLat0: number,
  cosLat0: number,
  lon0: number,
  sinLat: number,
  cosLat: number,
  lon: number,
): number {
  const dLon = (lon - lon0) * RADIANS;
  const cosDLon = Math.cos(dLon);
  const x = cosLat * Math.sin(dLon);
  const y = cosLat0 * sinLat - sinLat0 * cosLat * cosDLon;
  const z = sinLat0 * sinLat + cosLat0 * cosLat * cosDLon;
  return Math.atan2(Math.sqrt(x * x + y * y), z) * EARTH_RADIUS_KM;
}

/** Distances worked out elsewhere (the import worker) for a launch point: `bandKm(center, …)`. */
export interface KnownDistances {
  center: LatLon;
  km: Float64Array;
}

/**
 * The great-circle distance in km from `center` to every located event of an index, read as a
 * map by id (what `distancesFrom` returns) but held as one typed array by position: the same
 * formula (d3's `geoDistance`) with the events' sines and cosines taken once per dataset, so a
 * new launch point costs a pass over numbers, not a Map of 100,000 entries. `get` reads one
 * event's distance through `eventsById` without any table by id.
 */
export class BandDistances implements ReadonlyMap<string, number> {
  /** By index position; NaN for an event without a place. */
  readonly km: Float64Array;
  readonly size: number;

  constructor(
    readonly center: LatLon,
    readonly index: TimeIndex,
    private readonly eventsById: ReadonlyMap<string, DatelineEvent>,
    /** Used when worked out for this very launch point and index. */
    known?: KnownDistances,
  ) {
    const where = places(index);
    this.km =
      known &&
      known.center.lat === center.lat &&
      known.center.lon === center.lon &&
      known.km.length === index.events.length
        ? known.km
        : bandKm(center, where);
    this.size = where.located;
  }

  get(id: string): number | undefined {
    const event = this.eventsById.get(id);
    if (!event || !hasLocation(event)) return undefined;
    const lat = event.lat * RADIANS;
    const { center } = this;
    const centerLat = center.lat * RADIANS;
    return kmBetween(
      Math.sin(centerLat),
      Math.cos(centerLat),
      center.lon,
      Math.sin(lat),
      Math.cos(lat),
      event.lon,
    );
  }

  has(id: string): boolean {
    return this.get(id) !== undefined;
  }

  /**
   * Of the events at `positions` (all of them for null), how many have a place, and how many of
   * those lie in [inner, outer] km: what "only events in the band" would keep of a filtered view.
   */
  countsAt(
    positions: Int32Array | null,
    [inner, outer]: readonly [number, number],
  ): { located: number; inside: number } {
    const km = this.km;
    const n = positions ? positions.length : km.length;
    let located = 0;
    let inside = 0;
    for (let k = 0; k < n; k++) {
      const d = km[positions ? positions[k]! : k]!;
      if (d !== d) continue; // NaN: no place
      located++;
      if (!(d < inner) && !(d > outer)) inside++;
    }
    return { located, inside };
  }

  /** The ids whose distance lies in [inner, outer] km, edges included (see `idsWithin`). */
  within(radiiKm: readonly [number, number]): ReadonlySet<string> {
    return new IdsWithin(this, radiiKm);
  }

  *entries(): MapIterator<[string, number]> {
    const { events } = this.index;
    for (let p = 0; p < this.km.length; p++) {
      const km = this.km[p]!;
      if (km === km) yield [events[p]!.id, km];
    }
  }

  keys(): MapIterator<string> {
    return mapped(this.entries(), ([id]) => id);
  }

  values(): MapIterator<number> {
    return mapped(this.entries(), ([, km]) => km);
  }

  [Symbol.iterator](): MapIterator<[string, number]> {
    return this.entries();
  }

  forEach(callback: (km: number, id: string, map: ReadonlyMap<string, number>) => void): void {
    for (const [id, km] of this) callback(km, id, this);
  }
}

function* mapped<T, U>(items: Iterable<T>, f: (item: T) => U): MapIterator<U> {
  for (const item of items) yield f(item);
}

/** The ids of a BandDistances inside a band, counted in one pass over numbers, listed on demand. */
class IdsWithin implements ReadonlySet<string> {
  readonly size: number;

  constructor(
    private readonly distances: BandDistances,
    private readonly radiiKm: readonly [number, number],
  ) {
    // bandPosition's "inside", inlined: this pass runs over every event at each band change.
    const [inner, outer] = radiiKm;
    const km = distances.km;
    let size = 0;
    for (let p = 0; p < km.length; p++) {
      const d = km[p]!;
      if (d === d && !(d < inner) && !(d > outer)) size++; // NaN (no place) is never inside
    }
    this.size = size;
  }

  has(id: string): boolean {
    const km = this.distances.get(id);
    return km !== undefined && this.inside(km);
  }

  *values(): SetIterator<string> {
    const { km, index } = this.distances;
    for (let p = 0; p < km.length; p++) if (this.inside(km[p]!)) yield index.events[p]!.id;
  }

  keys(): SetIterator<string> {
    return this.values();
  }

  entries(): SetIterator<[string, string]> {
    return mapped(this.values(), (id): [string, string] => [id, id]);
  }

  [Symbol.iterator](): SetIterator<string> {
    return this.values();
  }

  forEach(callback: (id: string, same: string, set: ReadonlySet<string>) => void): void {
    for (const id of this) callback(id, id, this);
  }

  /** NaN (no place) is never inside. */
  private inside(km: number): boolean {
    return km === km && bandPosition(km, this.radiiKm) === 'inside';
  }
}
