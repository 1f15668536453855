/** Where a distance falls against the band [inner, outer] km: edges count as inside. */
export type BandPosition = 'nearer' | 'inside' | 'beyond';

export function bandPosition(
  km: number,
  [innerKm, outerKm]: readonly [number, number],
): BandPosition {
  return km < innerKm ? 'nearer' : km > outerKm ? 'beyond' : 'inside';
}

const kilometres = new Intl.NumberFormat('en', { maximumFractionDigits: 0 });

/** "2,390 km": whole kilometres, the precision of the spherical model and of the data. */
export function formatKm(km: number): string {
  return `${kilometres.format(km)} km`;
}

const radii = new Intl.NumberFormat('en', { maximumFractionDigits: 1 });

/** "500–5,500 km": a band's radii as its legend shows them (to 0.1 km, as typed). */
export function formatBandKm([innerKm, outerKm]: readonly [number, number]): string {
  return `${radii.format(innerKm)}–${radii.format(outerKm)} km`;
}

/**
 * "2,390 km from Moscow: inside the band", or where it falls instead, naming the edge it misses.
 * `from` is the launch point's name as the legend shows it.
 */
export function describeBandDistance(
  km: number,
  radiiKm: readonly [number, number],
  from: string,
): string {
  const position = bandPosition(km, radiiKm);
  const where =
    position === 'inside'
      ? 'inside the band'
      : position === 'nearer'
        ? `nearer than the band's ${formatKm(radiiKm[0])} inner edge`
        : `beyond the band's ${formatKm(radiiKm[1])} outer edge`;
  return `${formatKm(km)} from ${from}: ${where}`;
}
