/**
 * Largest outer radius accepted, km: just short of half the Earth's circumference (20,015 km on
 * the mean sphere), so the outer edge is always a ring, if a small one, around the antipode.
 */
export const MAX_BAND_KM = 20_000;

export type BandRadiiCheck =
  | { ok: true; radiiKm: readonly [number, number] }
  | { ok: false; field: 'inner' | 'outer'; message: string };

const RULE = 'The band needs 0 ≤ inner < outer ≤ 20,000 km.';

/** Checks radii typed by a user (NaN for an empty or unreadable field), with a message to show. */
export function checkBandRadii(innerKm: number, outerKm: number): BandRadiiCheck {
  const fail = (field: 'inner' | 'outer', problem: string): BandRadiiCheck => ({
    ok: false,
    field,
    message: `${problem} ${RULE}`,
  });
  if (!Number.isFinite(innerKm)) return fail('inner', 'Inner radius: enter a number of km.');
  if (!Number.isFinite(outerKm)) return fail('outer', 'Outer radius: enter a number of km.');
  if (innerKm < 0) return fail('inner', 'Inner radius cannot be negative.');
  if (outerKm > MAX_BAND_KM) return fail('outer', 'Outer radius is over 20,000 km.');
  if (innerKm >= outerKm) return fail('inner', 'Inner radius must be less than the outer radius.');
  return { ok: true, radiiKm: [innerKm, outerKm] };
}
