import {
  LAUNCH_SITES,
  checkBandRadii,
  formatLatLon,
  launchSiteAt,
  normalizeLatLon,
  rangeBandShape,
  type LatLon,
  type RangeBandShape,
} from '../core';

/** Moscow (the first preset): see its note in core/launchSites.ts for why it is the default. */
export const DEFAULT_LAUNCH_POINT: LatLon = LAUNCH_SITES[0]!.at;
/** The INF treaty's range band: ground-launched missiles of 500 to 5,500 km were banned. */
export const DEFAULT_BAND_KM: readonly [number, number] = [500, 5500];

/**
 * The INF range band's part of the app state: a launch point and an inner and outer radius.
 * Share link: `ring` (lat,lon), `band` (min-max km), `showband` and `inband`.
 */
export class RangeBand {
  /** Latitude in [-90, 90], longitude in [-180, 180): `moveTo` keeps it so. */
  center = $state.raw<LatLon>(DEFAULT_LAUNCH_POINT);
  /** [inner, outer] km with 0 ≤ inner < outer ≤ 20,000 (checkBandRadii). */
  radiiKm = $state.raw<readonly [number, number]>(DEFAULT_BAND_KM);
  visible = $state(true);
  /** Filter the view to events inside the band. */
  onlyInside = $state(false);
  /** "Set launch point" mode: the next click on the map (or Enter on it) places the point. */
  picking = $state(false);
  /**
   * True while the user drags the launch point's handle: `center` then changes every frame, and
   * history keeps one entry for the whole drag (see urlSync).
   */
  dragging = $state(false);

  /** The preset at the launch point, or null for a point of the user's own. */
  readonly site = $derived(launchSiteAt(this.center));
  /** The launch point as the legend names it: "Tobruk", or "54.12° N, 30.50° E". */
  readonly placeName = $derived(this.site?.name ?? formatLatLon(this.center));
  /** The band's geometry on the sphere; null if the radii were set out of range. */
  readonly shape = $derived<RangeBandShape | null>(
    checkBandRadii(...this.radiiKm).ok ? rangeBandShape(this.center, this.radiiKm) : null,
  );

  /** Moves the launch point (a drag, the arrow keys, a preset), wrapping the longitude. */
  moveTo(at: LatLon): void {
    const next = normalizeLatLon(at);
    if (next.lat !== this.center.lat || next.lon !== this.center.lon) this.center = next;
  }

  /** Places the launch point where the user picked and leaves "Set launch point" mode. */
  pickAt(at: LatLon): void {
    this.moveTo(at);
    this.picking = false;
  }

  /** Sets the radii if they pass checkBandRadii; returns the check for its message. */
  setRadii(innerKm: number, outerKm: number): ReturnType<typeof checkBandRadii> {
    const check = checkBandRadii(innerKm, outerKm);
    if (check.ok && (innerKm !== this.radiiKm[0] || outerKm !== this.radiiKm[1])) {
      this.radiiKm = check.radiiKm;
    }
    return check;
  }
}
