/** Saves text as a file through the browser's download, from a short-lived object URL. */
export function downloadText(fileName: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  // The download has its own reference by now; free ours once it surely started.
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}

/** "Libya 2017: events" → "libya-2017-events" for a download's file name. */
export function fileStem(title: string, fallback = 'dateline'): string {
  const stem = title
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return stem || fallback;
}
