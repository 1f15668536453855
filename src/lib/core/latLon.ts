import type { LatLon } from './greatCircle';

/** Latitude clamped to [-90, 90], longitude wrapped into [-180, 180). */
export function normalizeLatLon({ lat, lon }: LatLon): LatLon {
  const wrapped = ((((lon + 180) % 360) + 360) % 360) - 180;
  // `+ 0` turns -0 into 0, so equal positions compare and print alike.
  return { lat: Math.max(-90, Math.min(90, lat)) + 0, lon: wrapped + 0 };
}

/** "55.76° N, 37.62° E": two decimals, about a kilometre. */
export function formatLatLon({ lat, lon }: LatLon): string {
  const { lat: y, lon: x } = normalizeLatLon({ lat, lon });
  const part = (value: number, positive: string, negative: string) => {
    const text = Math.abs(value).toFixed(2);
    return `${text}°${Number(text) === 0 ? '' : ` ${value > 0 ? positive : negative}`}`;
  };
  return `${part(y, 'N', 'S')}, ${part(x, 'E', 'W')}`;
}
