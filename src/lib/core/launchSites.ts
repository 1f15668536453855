import { greatCircleKm, type LatLon } from './greatCircle';

/** A preset launch point for the range band. */
export interface LaunchSite {
  id: string;
  /** Short name, as the legend shows it: "INF range band: 500–5,500 km from Tobruk". */
  name: string;
  at: LatLon;
  /** Why it is a preset. */
  note: string;
}

/**
 * The presets, first the default. Coordinates have at most four decimals, so a share link
 * (which rounds `ring` to four) brings back the same preset.
 */
export const LAUNCH_SITES: readonly LaunchSite[] = [
  {
    id: 'moscow',
    name: 'Moscow',
    at: { lat: 55.7558, lon: 37.6173 },
    // Not "the place of three of this story's events": the note shows with any dataset.
    note: "Russia's side of the treaty",
  },
  {
    id: 'kaliningrad',
    name: 'Kaliningrad',
    at: { lat: 54.7104, lon: 20.4522 },
    note: "Russia's exclave on the Baltic, between Poland and Lithuania",
  },
  {
    id: 'tobruk',
    name: 'Tobruk',
    at: { lat: 32.0836, lon: 23.9764 },
    note: 'Seat of the eastern parliament Haftar backs; the Admiral Kuznetsov lay off it in January 2017',
  },
  {
    id: 'tripoli',
    name: 'Tripoli',
    at: { lat: 32.8872, lon: 13.1913 },
    note: "Seat of Libya's UN-backed Government of National Accord",
  },
  {
    id: 'comiso',
    name: 'Comiso, Sicily',
    at: { lat: 36.9946, lon: 14.6072 },
    note: 'A former US ground-launched cruise missile base, closed under the INF treaty',
  },
];

/** The preset at `at` (within `toleranceKm`), or null for a point of the user's own. */
export function launchSiteAt(at: LatLon, toleranceKm = 1): LaunchSite | null {
  return LAUNCH_SITES.find((site) => greatCircleKm(site.at, at) <= toleranceKm) ?? null;
}
