import { ImportError } from './importError';

export interface DecodedText {
  text: string;
  encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';
}

/** How much of the start of a file is looked at to tell text from binary. */
const SAMPLE = 64 * 1024;

/**
 * Turns a file's bytes into text, or says clearly why they are not text. UTF-8 (with or
 * without a byte-order mark) and UTF-16 with a mark are read as such; bytes that are not valid
 * UTF-8 are read as Windows-1252, what spreadsheets on Windows write. The mark is removed.
 */
export function decodeText(bytes: Uint8Array, name = 'The file'): DecodedText {
  if (bytes.length === 0) throw new ImportError(`${name} is empty (0 bytes).`);
  const kind = binaryKind(bytes);
  if (kind) throw new ImportError(`${name} is ${kind}, not a text file.${HINT}`);
  let decoded: DecodedText;
  if (bytes[0] === 0xff && bytes[1] === 0xfe) decoded = decode(bytes, 'utf-16le');
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) decoded = decode(bytes, 'utf-16be');
  else if (bytes.subarray(0, SAMPLE).includes(0)) {
    throw new ImportError(
      `${name} looks like a binary file (it contains NUL bytes), not text.${HINT}`,
    );
  } else {
    try {
      decoded = {
        text: new TextDecoder('utf-8', { fatal: true }).decode(bytes),
        encoding: 'utf-8',
      };
    } catch {
      decoded = decode(bytes, 'windows-1252');
    }
  }
  if (controlShare(decoded.text.slice(0, SAMPLE)) > 0.05) {
    throw new ImportError(`${name} looks like a binary file, not text.${HINT}`);
  }
  return decoded;
}

const HINT = ' Dateline reads CSV, TSV, JSON, GeoJSON and TimelineJS files.';

function decode(bytes: Uint8Array, encoding: DecodedText['encoding']): DecodedText {
  return { text: new TextDecoder(encoding).decode(bytes), encoding };
}

/** Names a few binary formats people are likely to pick by mistake, from their first bytes. */
function binaryKind(bytes: Uint8Array): string | null {
  const starts = (...sig: number[]) => sig.every((b, i) => bytes[i] === b);
  if (starts(0x50, 0x4b, 0x03, 0x04)) {
    return 'a ZIP archive (an Excel .xlsx or OpenDocument .ods file is one): save the sheet as CSV and load that';
  }
  if (starts(0xd0, 0xcf, 0x11, 0xe0)) return 'an old Excel (.xls) or Office file: save it as CSV';
  if (starts(0x25, 0x50, 0x44, 0x46)) return 'a PDF document';
  if (starts(0x89, 0x50, 0x4e, 0x47)) return 'a PNG image';
  if (starts(0xff, 0xd8, 0xff)) return 'a JPEG image';
  if (starts(0x1f, 0x8b)) return 'a gzip-compressed file: uncompress it first';
  return null;
}

/** The share of characters that are control characters other than tab, newline, return, form feed. */
function controlShare(text: string): number {
  if (!text) return 0;
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const control =
      (c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12) || (c >= 0x7f && c < 0xa0);
    if (control || c === 0xfffd) count++;
  }
  return count / text.length;
}
