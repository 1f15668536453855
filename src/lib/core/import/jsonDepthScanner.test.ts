import { describe, expect, it } from 'vitest';
import { seededRandom } from '../testing/seededRandom';
import { jsonDepth } from './parseJson';
import { JsonDepthScanner } from './jsonDepthScanner';

/** Scans `bytes` cut at the given offsets. */
function scanned(bytes: Uint8Array, cuts: number[]): number {
  const scanner = new JsonDepthScanner();
  let from = 0;
  for (const cut of [...cuts, bytes.length]) {
    scanner.scan(bytes.subarray(from, cut));
    from = cut;
  }
  return scanner.deepest;
}

describe('JsonDepthScanner', () => {
  it('finds what jsonDepth finds in the text, however the bytes are cut', () => {
    const random = seededRandom(21);
    const pieces = ['[', ']', '{', '}', '"', '\\"', '\\\\', 'é', '𝔘', ' ', 'a', ':', ','];
    for (let round = 0; round < 300; round++) {
      let text = '';
      for (let i = 0; i < 60; i++) text += pieces[Math.floor(random() * pieces.length)];
      const bytes = new TextEncoder().encode(text);
      const cuts = Array.from({ length: 4 }, () => Math.floor(random() * bytes.length)).sort(
        (a, b) => a - b,
      );
      expect(scanned(bytes, cuts)).toBe(jsonDepth(text));
    }
  });

  it('carries an escape and a string across a cut', () => {
    const bytes = new TextEncoder().encode('{"a": "x\\"[[[", "b": [[1]]}');
    for (let cut = 0; cut <= bytes.length; cut++) expect(scanned(bytes, [cut])).toBe(3);
  });

  it('reads Windows-1252 bytes as their ASCII part', () => {
    // "é" is one byte (0xE9) in Windows-1252: not a character the scan looks at.
    const bytes = Uint8Array.from([0x5b, 0x22, 0xe9, 0x5c, 0x22, 0x5b, 0x22, 0x5d]); // ["é\"["]
    expect(scanned(bytes, [3])).toBe(1);
  });
});
