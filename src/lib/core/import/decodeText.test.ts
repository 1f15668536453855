import { describe, expect, it } from 'vitest';
import { decodeText } from './decodeText';
import { ImportError } from './importError';

const bytes = (...values: number[]) => new Uint8Array(values);
const utf8 = (text: string) => new TextEncoder().encode(text);

describe('decodeText', () => {
  it('reads UTF-8 and drops a byte-order mark', () => {
    expect(decodeText(utf8('\uFEFFdate,title\n2019,Ä'))).toEqual({
      text: 'date,title\n2019,Ä',
      encoding: 'utf-8',
    });
  });

  it('reads UTF-16 with a byte-order mark (spreadsheets\' "Unicode text")', () => {
    const le = [0xff, 0xfe, ...[...'a\tb'].flatMap((c) => [c.charCodeAt(0), 0])];
    expect(decodeText(bytes(...le))).toEqual({ text: 'a\tb', encoding: 'utf-16le' });
  });

  it('falls back to Windows-1252 for bytes that are not UTF-8', () => {
    // "Sa¶o" with 0xE9 (é in Windows-1252), invalid alone in UTF-8.
    expect(decodeText(bytes(0x43, 0x61, 0x66, 0xe9))).toEqual({
      text: 'Café',
      encoding: 'windows-1252',
    });
  });

  it.each([
    [bytes(), /is empty \(0 bytes\)/],
    [
      bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13),
      /a PNG image, not a text file/,
    ],
    [bytes(0x50, 0x4b, 0x03, 0x04, 20, 0), /ZIP archive.*save the sheet as CSV/],
    [bytes(0x61, 0x2c, 0x62, 0x0a, 0x00, 0x01, 0x02), /binary file \(it contains NUL bytes\)/],
    [bytes(...Array.from({ length: 200 }, (_, i) => (i % 3 === 0 ? 0x01 : 0x41))), /binary file/],
  ])('refuses %#: %s', (input, message) => {
    expect(() => decodeText(input)).toThrow(ImportError);
    expect(() => decodeText(input)).toThrow(message);
  });
});
