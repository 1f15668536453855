/** Splits a cell holding a list ("Libya; Russia") into its items, trimmed, empties dropped. */
export function splitList(cell: string, separator = ';'): string[] {
  // Most cells hold one item or none: no arrays to build and throw away for them.
  if (!cell.includes(separator)) {
    const item = cell.trim();
    return item ? [item] : [];
  }
  const items: string[] = [];
  for (const part of cell.split(separator)) {
    const item = part.trim();
    if (item) items.push(item);
  }
  return items;
}
