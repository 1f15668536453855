// Part of the first page (a few hundred bytes): the rest of the load code is a lazy chunk.
import { absoluteUrl } from '../core/absoluteUrl';

/** The import worker, one per load (the worker script is a chunk of its own). */
export function createImportWorker(): Worker {
  return new Worker(new URL('./importWorker.ts', import.meta.url), {
    type: 'module',
    name: 'Dateline import',
  });
}

let early: { url: string; worker: Worker; replies: (MessageEvent | ErrorEvent)[] } | null = null;

/**
 * Starts loading `link` (relative to the page, http or https; anything else is left to the load
 * code to refuse) in an import worker now, while the page and the load code (a lazy chunk) are
 * still arriving: what a `data=` link opens with. On a 2-core machine the worker otherwise
 * started half a second to a second after navigation. Its replies wait for `adoptEarlyImport`.
 */
export function startEarlyImport(link: string): void {
  const url = absoluteUrl(link, document.baseURI);
  if (url === null || !/^https?:/i.test(url)) return;
  const worker = createImportWorker();
  const replies: (MessageEvent | ErrorEvent)[] = [];
  worker.onmessage = (event) => replies.push(event);
  worker.onerror = (event) => {
    event.preventDefault();
    replies.push(event);
  };
  worker.postMessage({ type: 'url', url });
  early = { url, worker, replies };
}

/**
 * The worker started early for `url` (absolute), once: set its handlers, then call `replay` to hand them
 * what it answered meanwhile. Null when no load of `url` was started early.
 */
export function adoptEarlyImport(url: string): { worker: Worker; replay: () => void } | null {
  if (early?.url !== url) return null;
  const { worker, replies } = early;
  early = null;
  return {
    worker,
    replay: () => {
      for (const reply of replies) {
        if (reply instanceof MessageEvent) worker.onmessage?.(reply);
        else worker.onerror?.(reply);
      }
    },
  };
}
