/**
 * `link` resolved against `base` (a page's address; none outside a page), as the loader keeps a
 * dataset's address (`app.dataUrl`): absolute. Null when it cannot be parsed as a URL.
 */
export function absoluteUrl(link: string, base?: string): string | null {
  try {
    return new URL(link, base).href;
  } catch {
    return null;
  }
}
