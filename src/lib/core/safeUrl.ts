/** Returns the URL if it is an absolute http: or https: link, otherwise null (no javascript:, data:, …). */
export function safeHttpUrl(text: string): string | null {
  let url: URL;
  try {
    url = new URL(text.trim());
  } catch {
    return null;
  }
  return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
}
