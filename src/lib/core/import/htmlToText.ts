/**
 * Reduces an HTML fragment (TimelineJS text, headlines and credits) to plain text without ever
 * rendering it: tags are dropped, the contents of script, style and template elements with
 * them, breaks and block ends become line breaks, and character references are decoded. The
 * result is shown as text, so anything that survives, even a literal "<script>", stays inert.
 */
export function htmlToText(html: string): string {
  if (!html.includes('<') && !html.includes('&')) return tidy(html);
  let out = '';
  let i = 0;
  while (i < html.length) {
    const open = html.indexOf('<', i);
    if (open < 0) {
      out += decodeEntities(html.slice(i));
      break;
    }
    out += decodeEntities(html.slice(i, open));
    const rest = html.slice(open, open + 2);
    if (html.startsWith('<!--', open)) {
      const close = html.indexOf('-->', open + 4);
      i = close < 0 ? html.length : close + 3;
      continue;
    }
    // "<" not starting a tag ("a < b") is text.
    if (!/^<[a-zA-Z/!?]/.test(rest)) {
      out += '<';
      i = open + 1;
      continue;
    }
    const end = tagEnd(html, open);
    const tag = html.slice(open, end);
    const name = /^<\/?\s*([a-zA-Z][a-zA-Z0-9-]*)/.exec(tag)?.[1]?.toLowerCase() ?? '';
    const closing = tag.startsWith('</');
    i = end;
    if (!closing && RAW_TEXT.has(name)) {
      // Skip everything up to the matching close tag, case-insensitively.
      const closeTag = new RegExp(`</${name}\\b`, 'gi');
      closeTag.lastIndex = i;
      const close = closeTag.exec(html)?.index ?? -1;
      i = close < 0 ? html.length : tagEnd(html, close);
      continue;
    }
    if (name === 'br') out += '\n';
    else if (BLOCK.has(name)) out += closing || name === 'li' || name === 'hr' ? '\n\n' : '\n';
    else if (name === 'td' || name === 'th') out += ' ';
  }
  return tidy(out);
}

/** Collapses spaces within lines and blank lines between paragraphs; trims. */
function tidy(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/[ \t\f\v\u00a0]+/g, ' ')
    .replace(/ *\n */g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** Text-only version for one-line fields (titles, places, credits). */
export function htmlToLine(html: string): string {
  return htmlToText(html).replace(/\s+/g, ' ').trim();
}

/** Position just past the tag starting at `open`, honouring quoted attribute values. */
function tagEnd(html: string, open: number): number {
  let quote = '';
  for (let j = open + 1; j < html.length; j++) {
    const c = html[j];
    if (quote) {
      if (c === quote) quote = '';
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '>') return j + 1;
  }
  return html.length;
}

const RAW_TEXT = new Set([
  'script',
  'style',
  'template',
  'noscript',
  'iframe',
  'object',
  'svg',
  'math',
  'title',
]);
const BLOCK = new Set([
  'p',
  'div',
  'li',
  'ul',
  'ol',
  'blockquote',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'tr',
  'table',
  'section',
  'article',
  'header',
  'footer',
  'pre',
  'hr',
  'figure',
  'figcaption',
  'dd',
  'dt',
  'dl',
]);

const NAMED: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
  ndash: '–',
  mdash: '—',
  hellip: '…',
  lsquo: '‘',
  rsquo: '’',
  ldquo: '“',
  rdquo: '”',
  laquo: '«',
  raquo: '»',
  bull: '•',
  middot: '·',
  copy: '©',
  reg: '®',
  trade: '™',
  deg: '°',
  eacute: 'é',
  egrave: 'è',
  aacute: 'á',
  agrave: 'à',
  iacute: 'í',
  oacute: 'ó',
  uacute: 'ú',
  ntilde: 'ñ',
  ccedil: 'ç',
  auml: 'ä',
  ouml: 'ö',
  uuml: 'ü',
  szlig: 'ß',
  euro: '€',
  pound: '£',
  times: '×',
  shy: '',
};

/** Decodes numeric and common named character references; unknown names stay as written. */
export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z][a-z0-9]*);?/gi, (match, ref: string) => {
    if (ref[0] === '#') {
      const code =
        ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : Number(ref.slice(1));
      return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff)
        ? String.fromCodePoint(code)
        : '\ufffd';
    }
    const named = Object.hasOwn(NAMED, ref) ? NAMED[ref] : undefined;
    return named !== undefined && match.endsWith(';') ? named : match;
  });
}
