import type { CursorVisibility } from './cursorVisibility';

/** A timeline mark's opacity at the time cursor: faded before it happens, nearly gone outside the window. */
const AT_CURSOR: Record<CursorVisibility, number> = { shown: 1, faded: 0.3, hidden: 0.12 };
/** Outside a brushed range a mark dims whole, its title with it, on top of its cursor state. */
const OUTSIDE_RANGE = 0.35;

/** How opaque a timeline mark is drawn (SVG and canvas alike). */
export function markOpacity(seen: CursorVisibility, inRange: boolean): number {
  return AT_CURSOR[seen] * (inRange ? 1 : OUTSIDE_RANGE);
}
