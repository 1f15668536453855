/// <reference lib="webworker" />
// The import worker: reads, parses, places, checks and sorts a file off the page's thread, so
// a 200,000-row file leaves the page responsive. One worker per load; Cancel terminates it.
// The events go to the page packed (see EventPacker) while the rest are read and checked (the
// page builds its indexes of them as they come); then the time order and the time index's
// arrays, as typed arrays, transferred.
import gazetteerUrl from '../../../data/gazetteer.tsv?url';
import type { DatelineEvent } from '../core/event';
import { fileTooBig, Gazetteer } from '../core/import';
import { importStream } from '../core/import/importStream';
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
    const { chunks, total, fileName } =
      data.type === 'file'
        ? { ...readFile(data.file), fileName: data.file.name }
        : await fetchUrl(data.url);
    // Events go to the page as they pass the checks, packed, while the worker reads and checks
    // the rest; a canonical JSON's, while it still downloads (see importStream).
    let packer = new EventPacker();
    let pending: DatelineEvent[] = [];
    const send = () => {
      const events = packer.pack(pending);
      post({ type: 'events', events }, packedTransfer(events));
      pending = [];
    };
    const outcome = await importStream(chunks, {
      fileName,
      source,
      total,
      loadGazetteer,
      keepEvents: false, // they go to the page as they come, in `events` messages
      onProgress: (progress) => post({ type: 'progress', progress }),
      onEvent: (event) => {
        if (pending.push(event) === EVENTS_PER_MESSAGE) send();
      },
      // The file is read again whole (it did not stream): the page forgets the events sent.
      onRestart: () => {
        pending = [];
        packer = new EventPacker();
        post({ type: 'restart' });
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

/** A file's bytes as they are read, and its size when known (else 0). */
interface Read {
  chunks: AsyncIterable<Uint8Array>;
  total: number;
}

function readFile(file: File): Read {
  tooBig(file.size);
  return { chunks: readStream(file.stream()), total: file.size };
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
  // A compressed body's Content-Length counts its compressed bytes, not what is read: no size.
  const encoding = response.headers.get('content-encoding');
  const total =
    encoding && encoding !== 'identity' ? 0 : Number(response.headers.get('content-length')) || 0;
  tooBig(total);
  const body = response.body;
  const chunks = body ? readStream(body) : arrayBufferOf(response);
  const last = new URL(response.url || url).pathname.split('/').pop() ?? '';
  return { chunks, total, fileName: decodeURIComponent(last) || 'data' };
}

async function* arrayBufferOf(response: Response): AsyncGenerator<Uint8Array> {
  yield new Uint8Array(await response.arrayBuffer());
}

function tooBig(size: number): void {
  const reason = fileTooBig(size);
  if (reason) throw new ReadError(reason);
}

/** A stream's chunks as they arrive, refusing a file that grows past the size limit. */
async function* readStream(stream: ReadableStream<Uint8Array>): AsyncGenerator<Uint8Array> {
  const reader = stream.getReader();
  let received = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return;
    received += value.length;
    tooBig(received);
    yield value;
  }
}

async function loadGazetteer(): Promise<Gazetteer> {
  const response = await fetch(gazetteerUrl);
  if (!response.ok) throw new Error(`${response.status} ${response.statusText}`);
  return Gazetteer.parse(await response.text());
}
