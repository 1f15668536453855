/// <reference lib="webworker" />
// The import worker: reads, parses, places, checks and sorts a file off the page's thread, so
// a 200,000-row file leaves the page responsive. One worker per load; Cancel terminates it.
// The events go to the page packed (see EventPacker) while the rest are checked (the page builds
// its indexes of them as they come); then the time order and the time index's arrays, as typed
// arrays, transferred.
import gazetteerUrl from '../../../data/gazetteer.tsv?url';
import type { DatelineEvent } from '../core/event';
import { Gazetteer, IMPORT_LIMITS, importDataset, importProgress } from '../core/import';
import { JsonDepthScanner } from '../core/import/jsonDepthScanner';
import { EventPacker, packedTransfer } from '../core/packedEvents';
import {
  EVENTS_PER_MESSAGE,
  type ImportReply,
  type ImportRequest,
  type PreparedIndex,
} from './importMessages';

declare const self: DedicatedWorkerGlobalScope;

const post = (reply: ImportReply, transfer: Transferable[] = []) =>
  self.postMessage(reply, transfer);

self.onmessage = async ({ data }: MessageEvent<ImportRequest>) => {
  const source = data.type === 'file' ? data.file.name : data.url;
  try {
    const { bytes, jsonDepth, fileName } =
      data.type === 'file'
        ? { ...(await readFile(data.file)), fileName: data.file.name }
        : await fetchUrl(data.url);
    // Events go to the page as they pass the checks, packed, while the worker checks the rest.
    const packer = new EventPacker();
    let pending: DatelineEvent[] = [];
    const send = () => {
      const events = packer.pack(pending);
      post({ type: 'events', events }, packedTransfer(events));
      pending = [];
    };
    const outcome = await importDataset(bytes, {
      fileName,
      source,
      loadGazetteer,
      ...(jsonDepth !== null ? { scannedJsonDepth: jsonDepth } : {}),
      onProgress: (progress) => post({ type: 'progress', progress }),
      onEvent: (event) => {
        if (pending.push(event) === EVENTS_PER_MESSAGE) send();
      },
    });
    const { index, result } = outcome;
    delete outcome.index;
    if (!result || !index) {
      post({ type: 'done', outcome });
      return;
    }
    if (pending.length) send();
    const prepared: PreparedIndex = index;
    result.dataset.events = [];
    post({ type: 'done', outcome, prepared }, [
      prepared.order.buffer as ArrayBuffer,
      prepared.starts.buffer as ArrayBuffer,
      prepared.ends.buffer as ArrayBuffer,
    ]);
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

/** Bytes read, and how deeply they nest if they look like JSON (else null). */
interface Read {
  bytes: Uint8Array;
  jsonDepth: number | null;
}

async function readFile(file: File): Promise<Read> {
  tooBig(file.size);
  return readStream(file.stream(), file.size);
}

async function fetchUrl(url: string): Promise<Read & { fileName: string }> {
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
  const read = response.body
    ? await readStream(response.body, length)
    : { bytes: new Uint8Array(await response.arrayBuffer()), jsonDepth: null };
  const last = new URL(response.url || url).pathname.split('/').pop() ?? '';
  return { ...read, fileName: decodeURIComponent(last) || 'data' };
}

function tooBig(size: number): void {
  if (size > IMPORT_LIMITS.maxFileBytes) {
    const mb = (n: number) => `${Math.round(n / 1024 / 1024)} MB`;
    throw new ReadError(
      `The file is ${mb(size)}; Dateline opens files up to ${mb(IMPORT_LIMITS.maxFileBytes)}.`,
    );
  }
}

/**
 * Reads a stream into one buffer, reporting progress when the total is known. What looks like
 * JSON is scanned for its depth as it arrives (see JsonDepthScanner), while the rest downloads.
 */
async function readStream(stream: ReadableStream<Uint8Array>, total: number): Promise<Read> {
  const reader = stream.getReader();
  const chunks: Uint8Array[] = [];
  let received = 0;
  let lastReport = 0;
  let scanner: JsonDepthScanner | null | undefined;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    scanner ??= looksLikeJson(value) ? new JsonDepthScanner() : null;
    scanner?.scan(value);
    chunks.push(value);
    received += value.length;
    tooBig(received);
    if (total > 0 && received - lastReport > 1 << 20) {
      lastReport = received;
      post({ type: 'progress', progress: importProgress('reading', received / total) });
    }
  }
  const jsonDepth = scanner ? scanner.deepest : null;
  if (chunks.length === 1) return { bytes: chunks[0]!, jsonDepth };
  const bytes = new Uint8Array(received);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.length;
  }
  return { bytes, jsonDepth };
}

/** Whether the first bytes read (after a UTF-8 byte-order mark and spaces) open JSON. */
function looksLikeJson(first: Uint8Array): boolean {
  let i = first[0] === 0xef && first[1] === 0xbb && first[2] === 0xbf ? 3 : 0;
  while (
    i < first.length &&
    (first[i] === 32 || first[i] === 9 || first[i] === 10 || first[i] === 13)
  )
    i++;
  return first[i] === 0x7b /* { */ || first[i] === 0x5b; /* [ */
}

async function loadGazetteer(): Promise<Gazetteer> {
  const response = await fetch(gazetteerUrl);
  if (!response.ok) throw new Error(`${response.status} ${response.statusText}`);
  return Gazetteer.parse(await response.text());
}
