/** Gzip sizes of what the first load fetches: the scripts and styles index.html names. */
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface BundleFile {
  file: string;
  bytes: number;
  gzip: number;
}

export function firstLoadBundle(dist: string): { files: BundleFile[]; gzipTotal: number } {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const refs = new Set<string>();
  for (const m of html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)) refs.add(m[1]!);
  for (const m of html.matchAll(/<link\b[^>]*>/g)) {
    const tag = m[0];
    const href = /\bhref="([^"]+)"/.exec(tag)?.[1];
    if (href && /\brel="(stylesheet|modulepreload)"/.test(tag)) refs.add(href);
  }
  const files = [...refs]
    .filter((ref) => /\.(m?js|css)$/.test(ref) && !/^https?:/.test(ref))
    .map((ref) => {
      const path = join(dist, ref.replace(/^\//, ''));
      return {
        file: ref,
        bytes: statSync(path).size,
        gzip: gzipSync(readFileSync(path), { level: 9 }).length,
      };
    });
  return { files, gzipTotal: files.reduce((s, f) => s + f.gzip, 0) };
}
