/** "Rózsa Péter writes recursion" → "rozsa-peter-writes-recursion" (at most 60 characters). */
export function slugify(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
}

/**
 * Makes ids for events whose file gives none (TimelineJS sheets, CSVs without an id column):
 * from the date and title, so an id stays the same when rows are reordered or added, which
 * share links rely on. Ids already in the file are reserved first; a repeat gets "-2", "-3".
 */
export class IdMaker {
  private readonly used = new Set<string>();

  constructor(reserved: Iterable<string> = []) {
    for (const id of reserved) this.used.add(id);
  }

  make(date: string, title: string, fallback: string): string {
    const base = [date, slugify(title)].filter(Boolean).join('-') || fallback;
    let id = base;
    for (let n = 2; this.used.has(id); n++) id = `${base}-${n}`;
    this.used.add(id);
    return id;
  }
}
