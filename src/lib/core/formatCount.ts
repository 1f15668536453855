const counts = new Intl.NumberFormat('en-US');

/** A count as people read it: "105,000". */
export function formatCount(n: number): string {
  return counts.format(n);
}

/** A count with its noun, singular for one: "1 event", "1,050 events". */
export function countOf(n: number, noun: string, plural = `${noun}s`): string {
  return `${formatCount(n)} ${n === 1 ? noun : plural}`;
}
