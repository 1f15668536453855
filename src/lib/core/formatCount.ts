const counts = new Intl.NumberFormat('en-US');

/** A count as people read it: "105,000". */
export function formatCount(n: number): string {
  return counts.format(n);
}

/** A count with its noun, singular for one: "1 event", "1,050 events". */
export function countOf(n: number, noun: string, plural = `${noun}s`): string {
  return `${formatCount(n)} ${n === 1 ? noun : plural}`;
}

/**
 * A count for a small badge or marker: "452", "4.7k", "12k", "1.2M". Rounded down, so a badge
 * never claims more than it holds; the full count goes in its accessible name.
 */
export function shortCount(n: number): string {
  if (n < 1000) return String(n);
  if (n < 10_000) return `${Math.floor(n / 100) / 10}k`;
  if (n < 1_000_000) return `${Math.floor(n / 1000)}k`;
  return `${Math.floor(n / 100_000) / 10}M`;
}
