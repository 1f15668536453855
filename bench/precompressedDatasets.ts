import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Plugin } from 'vite';

/**
 * For `vite preview` in the bench: serves `/bench-data/NAME.json` from its gzip file made once
 * beside it (NAME.json.gz), as a static host or a CDN serves a big file, instead of letting the
 * preview server compress 35 MB on each request. That took the server about 1 s of CPU per load
 * on the same 2 cores the browser was being timed on. The browser still receives gzip and
 * inflates it, as it would from any host.
 */
export function precompressedDatasets(): Plugin {
  return {
    name: 'dateline-bench-precompressed-datasets',
    configurePreviewServer(server) {
      const dir = resolve(server.config.root, server.config.build.outDir, 'bench-data');
      // Added here, directly, it runs before the preview server's own compression.
      server.middlewares.use((req, res, next) => {
        const name = /^\/bench-data\/([\w-]+\.json)$/.exec(req.url?.split('?')[0] ?? '')?.[1];
        const gzip = /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
        const file = name && join(dir, `${name}.gz`);
        if (req.method !== 'GET' || !gzip || !file || !existsSync(file)) return next();
        const body = readFileSync(file);
        res.writeHead(200, {
          'Content-Type': 'application/json',
          'Content-Encoding': 'gzip',
          'Content-Length': body.length,
          'Cache-Control': 'no-store',
          Vary: 'Accept-Encoding',
        });
        res.end(body);
      });
    },
  };
}
