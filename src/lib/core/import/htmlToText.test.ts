import { describe, expect, it } from 'vitest';
import { decodeEntities, htmlToLine, htmlToText } from './htmlToText';

describe('htmlToText', () => {
  it('drops tags and keeps their text', () => {
    expect(
      htmlToText('Romney <a href="http://x" target="new">swept <i>New Hampshire</i></a>.'),
    ).toBe('Romney swept New Hampshire.');
  });

  it('turns breaks and paragraphs into line breaks', () => {
    expect(htmlToText('<p>One</p><p>Two<br/>three</p>')).toBe('One\n\nTwo\nthree');
    expect(htmlToLine('Whitney Houston<br/> 1963 - 2012')).toBe('Whitney Houston 1963 - 2012');
  });

  it('drops scripts, styles and comments with their content', () => {
    expect(htmlToText('a<script>alert(1)</script>b<STYLE>p{}</STYLE>c<!-- x -->d')).toBe('abcd');
    expect(htmlToText('a<svg onload="alert(1)"><script>x</script></svg>b')).toBe('ab');
  });

  it('leaves an injection attempt inert: what remains is text', () => {
    const text = htmlToText('<img src=x onerror=alert(1)>"><svg onload=alert(1)>&lt;script&gt;');
    expect(text).toBe('">');
    expect(htmlToText('&lt;script&gt;alert(1)&lt;/script&gt;')).toBe('<script>alert(1)</script>');
  });

  it('keeps a "<" that starts no tag', () => {
    expect(htmlToText('a < b and c<3')).toBe('a < b and c<3');
  });

  it('decodes character references', () => {
    expect(
      decodeEntities('Tom &amp; Jerry &#8211; &#x2014; &quot;hi&quot; &nbsp;&unknown; &amp'),
    ).toBe('Tom & Jerry – — "hi" \u00a0&unknown; &amp');
  });
});
