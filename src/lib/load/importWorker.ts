/// <reference lib="webworker" />
// The import worker: reads, parses, places, checks and sorts a file off the page's thread, so
// a 200,000-row file leaves the page responsive. One worker per load; Cancel terminates it.
import gazetteerUrl from '../../../data/gazetteer.tsv?url';
import { Gazetteer, IMPORT_LIMITS, importDataset, importProgress } from '../core/import';
import { EVENTS_PER_MESSAGE, type ImportReply, type ImportRequest } from './importMessages';

declare const self: DedicatedWorkerGlobalScope;

const post = (reply: ImportReply) => self.postMessage(reply);

self.onmessage = async ({ data }: MessageEvent<ImportRequest>) => {
  const source = data.type === 'file' ? data.file.name : data.url;
  try {
    const { bytes, fileName } =
      data.type === 'file'
        ? { bytes: await readFile(data.file), fileName: data.file.name }
        : await fetchUrl(data.url);
    const outcome = await importDataset(bytes, {
      fileName,
      source,
      loadGazetteer,
      onProgress: (progress) => post({ type: 'progress', progress }),
    });
    const events = outcome.result?.dataset.events ?? [];
    for (let i = 0; i < events.length; i += EVENTS_PER_MESSAGE) {
      post({
        type: 'events',
        events: events.slice(i, i + EVENTS_PER_MESSAGE),
        total: events.length,
      });
    }
    if (outcome.result) outcome.result.dataset.events = [];
    post({ type: 'done', outcome });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    post({
      type: 'failed',
      source,
      message:
        error instanceof ReadError
          ? message
          : `Something went wrong while reading it (${message}).`,
    });
  }
};

class ReadError extends Error {}

async function readFile(file: File): Promise<Uint8Array> {
  tooBig(file.size);
  return readStream(file.stream(), file.size);
}

async function fetchUrl(url: string): Promise<{ bytes: Uint8Array; fileName: string }> {
  let response: Response;
  try {
    response = await fetch(url, { credentials: 'omit' });
  } catch {
    throw new ReadError(
      `Could not fetch ${url}: the server did not answer, or it does not let other sites read the file (CORS).`,
    );
  }
  if (!response.ok)
    throw new ReadError(
      `The server answered ${response.status} ${response.statusText} for ${url}.`,
    );
  const length = Number(response.headers.get('content-length')) || 0;
  tooBig(length);
  const bytes = response.body
    ? await readStream(response.body, length)
    : new Uint8Array(await response.arrayBuffer());
  const last = new URL(response.url || url).pathname.split('/').pop() ?? '';
  return { bytes, fileName: decodeURIComponent(last) || 'data' };
}

function tooBig(size: number): void {
  if (size > IMPORT_LIMITS.maxFileBytes) {
    const mb = (n: number) => `${Math.round(n / 1024 / 1024)} MB`;
    throw new ReadError(
      `The file is ${mb(size)}; Dateline opens files up to ${mb(IMPORT_LIMITS.maxFileBytes)}.`,
    );
  }
}

/** Reads a stream into one buffer, reporting progress when the total is known. */
async function readStream(stream: ReadableStream<Uint8Array>, total: number): Promise<Uint8Array> {
  const reader = stream.getReader();
  const chunks: Uint8Array[] = [];
  let received = 0;
  let lastReport = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    received += value.length;
    tooBig(received);
    if (total > 0 && received - lastReport > 1 << 20) {
      lastReport = received;
      post({ type: 'progress', progress: importProgress('reading', received / total) });
    }
  }
  if (chunks.length === 1) return chunks[0]!;
  const bytes = new Uint8Array(received);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.length;
  }
  return bytes;
}

async function loadGazetteer(): Promise<Gazetteer> {
  const response = await fetch(gazetteerUrl);
  if (!response.ok) throw new Error(`${response.status} ${response.statusText}`);
  return Gazetteer.parse(await response.text());
}
