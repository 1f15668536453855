/** A point in screen pixels (Leaflet's layer or container space), never a latitude/longitude. */
export interface PixelPoint {
  x: number;
  y: number;
}

/**
 * Pixel offsets that fan out points closer than `minDistance` to each other, so that markers
 * at one place (three seed events are in Moscow) stay visible and clickable. Points are grouped
 * by single linkage; each group of n > 1 is laid on a circle around its centroid, in input order.
 * Lone points get a zero offset. Quadratic: meant for the few markers drawn as DOM elements.
 */
export function spreadPoints(points: readonly PixelPoint[], minDistance: number): PixelPoint[] {
  const parent = points.map((_, i) => i);
  const root = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]!]!;
    return i;
  };
  const limit = minDistance * minDistance;
  for (let i = 0; i < points.length; i++) {
    for (let j = i + 1; j < points.length; j++) {
      const dx = points[i]!.x - points[j]!.x;
      const dy = points[i]!.y - points[j]!.y;
      if (dx * dx + dy * dy < limit) parent[root(j)] = root(i);
    }
  }
  const groups = new Map<number, number[]>();
  points.forEach((_, i) => {
    const r = root(i);
    groups.set(r, [...(groups.get(r) ?? []), i]);
  });
  const offsets = points.map(() => ({ x: 0, y: 0 }));
  for (const members of groups.values()) {
    if (members.length < 2) continue;
    const cx = members.reduce((sum, i) => sum + points[i]!.x, 0) / members.length;
    const cy = members.reduce((sum, i) => sum + points[i]!.y, 0) / members.length;
    // Neighbours on the circle sit at least minDistance apart: chord = 2r sin(pi/n).
    const radius = minDistance / (2 * Math.sin(Math.PI / Math.max(members.length, 2)));
    members.forEach((i, k) => {
      const angle = -Math.PI / 2 + (2 * Math.PI * k) / members.length;
      offsets[i] = {
        x: cx + radius * Math.cos(angle) - points[i]!.x,
        y: cy + radius * Math.sin(angle) - points[i]!.y,
      };
    });
  }
  return offsets;
}
