import { describe, expect, it } from 'vitest';
import { canonicalHttpUrl } from './canonicalHttpUrl';
import { safeHttpUrl } from './safeUrl';
import { seededRandom } from './testing/seededRandom';

describe('canonicalHttpUrl', () => {
  it('takes plain links as they are', () => {
    for (const url of [
      'https://example.org/',
      'http://example.org/a/b.html?x=1&y=2#top',
      'https://www.bbc.co.uk/news/world-africa-38588745',
      'https://a-b.example/~user/(1)/x;y=z',
    ])
      expect(canonicalHttpUrl(url)).toBe(url);
  });

  it.each([
    'https://example.org', // the parser adds the slash
    'HTTPS://example.org/',
    'https://Example.org/',
    'https://example.org:443/',
    'https://user@example.org/',
    'https://127.0.0.1/',
    'https://example.0x10/',
    'https://xn--nxasmq6b.example/',
    'https://example.org/a/../b',
    'https://example.org/./b',
    'https://example.org/a%2e/b',
    "https://example.org/?it's",
    ' https://example.org/',
    'javascript:alert(1)//https://example.org/',
  ])('leaves %j to the parser', (url) => expect(canonicalHttpUrl(url)).toBeUndefined());

  it('never disagrees with the URL parser', () => {
    const random = seededRandom(31);
    const pick = (list: readonly string[]) => list[Math.floor(random() * list.length)]!;
    const some = (list: readonly string[], most: number) =>
      Array.from({ length: Math.floor(random() * (most + 1)) }, () => pick(list)).join('');
    const label = () =>
      pick(['a', 'org', 'b-c', 'x9', 'xn--p1ai', 'A', '0', '0x1f', '12', '', 'a_b']);
    const segment = () =>
      pick(['a', 'b.html', '.', '..', '.x', '~u', "it's", '%2e', '@:;=', '(1)', 'a b', '']);
    const rare = ['é', '[', '^', '|', '`', '{', '"', '<', '\t', '#', '?', '&', '=', '%', '\\'];
    const plain = ['a', '1', '=', '&', '/', '?', '.', "'"];
    let fast = 0;
    for (let i = 0; i < 40_000; i++) {
      const text =
        pick(['https://', 'https://', 'http://', 'HTTP://', 'https:/', 'ftp://', '']) +
        Array.from({ length: 1 + Math.floor(random() * 3) }, label).join('.') +
        (random() < 0.1 ? pick([':80', ':443', '@']) : '') +
        Array.from({ length: Math.floor(random() * 4) || 1 }, () => `/${segment()}`).join('') +
        (random() < 0.3 ? `?${some(random() < 0.8 ? plain : rare, 4)}` : '') +
        (random() < 0.2 ? `#${some(random() < 0.8 ? plain : rare, 4)}` : '') +
        (random() < 0.1 ? pick(rare) : '');
      const answer = canonicalHttpUrl(text);
      if (answer === undefined) continue;
      fast++;
      expect(answer, text).toBe(safeHttpUrl(text));
    }
    expect(fast).toBeGreaterThan(1000); // the fuzzing reaches the fast path often enough
  });
});
