import { doubled } from './doubled';
import { kmBetween, type BandPlaces, type KnownDistances } from './bandDistances';
import type { LatLon } from './greatCircle';
import { hasLocation, type DatelineEvent } from './event';
import type { MarkerPoints } from './markerPoints';
import { mercatorUnit } from './mercatorUnit';

const RADIANS = Math.PI / 180;

/**
 * Works out where events are (what `bandPlaces`, `markerPointsOf` and `bandKm` give) one event
 * at a time as they arrive, in any order, then hands the arrays over in time order: the page
 * does it while the import worker is still checking the rest, instead of in one pass after.
 */
export class PlaceCollector {
  private count = 0;
  private located = 0;
  private sinLat = new Float64Array(1024);
  private cosLat = new Float64Array(1024);
  private lon = new Float64Array(1024);
  private ux = new Float64Array(1024);
  private uy = new Float64Array(1024);
  private km = new Float64Array(1024);
  private readonly sinLat0: number;
  private readonly cosLat0: number;

  /** `center`: the launch point to work out distances from (none without one). */
  constructor(private readonly center?: LatLon) {
    this.sinLat0 = center ? Math.sin(center.lat * RADIANS) : 0;
    this.cosLat0 = center ? Math.cos(center.lat * RADIANS) : 0;
  }

  add(event: DatelineEvent): void {
    if (this.count === this.lon.length) this.grow();
    const i = this.count++;
    if (!hasLocation(event)) {
      this.sinLat[i] = this.cosLat[i] = 0;
      this.lon[i] = this.ux[i] = this.uy[i] = this.km[i] = NaN;
      return;
    }
    const lat = event.lat * RADIANS;
    const sinLat = (this.sinLat[i] = Math.sin(lat));
    const cosLat = (this.cosLat[i] = Math.cos(lat));
    this.lon[i] = event.lon;
    [this.ux[i], this.uy[i]] = mercatorUnit(event.lat, event.lon);
    this.located++;
    if (!this.center) return;
    this.km[i] = kmBetween(this.sinLat0, this.cosLat0, this.center.lon, sinLat, cosLat, event.lon);
  }

  /**
   * The places, map points and distances of the events added, in time order: `order[p]` is the
   * number (from 0, in the order added) of the p-th event in time. Null if `order` does not
   * cover exactly the events added.
   */
  inOrder(
    order: Int32Array,
  ): { places: BandPlaces; points: MarkerPoints; distances?: KnownDistances } | null {
    if (order.length !== this.count) return null;
    const pick = (from: Float64Array) => {
      const to = new Float64Array(order.length);
      for (let p = 0; p < order.length; p++) to[p] = from[order[p]!]!;
      return to;
    };
    const located = this.located;
    return {
      places: {
        sinLat: pick(this.sinLat),
        cosLat: pick(this.cosLat),
        lon: pick(this.lon),
        located,
      },
      points: { ux: pick(this.ux), uy: pick(this.uy), located },
      ...(this.center ? { distances: { center: this.center, km: pick(this.km) } } : {}),
    };
  }

  private grow(): void {
    this.sinLat = doubled(this.sinLat);
    this.cosLat = doubled(this.cosLat);
    this.lon = doubled(this.lon);
    this.ux = doubled(this.ux);
    this.uy = doubled(this.uy);
    this.km = doubled(this.km);
  }
}
