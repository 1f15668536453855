/**
 * `text` itself when it is an http(s) link already written the way the URL parser would write
 * it back (so `new URL(text).href === text`); undefined when that is not certain, and then
 * `safeHttpUrl` must decide. Parsing a URL object per source was a tenth of validating a big
 * file, and nearly every link in one is plain: `https://host.example/path?query`.
 *
 * Deliberately narrow: lower-case scheme and host; host labels of letters, digits and hyphens
 * with a last label starting with a letter (a number there would be read as an IPv4 address)
 * and no `xn--` label (those need IDNA checks); no user, port, `%`, `\` or white space; a
 * path, with no `.` or `..` segment (the parser would resolve them); characters the parser
 * leaves as they are in path, query (`'` is escaped there) and fragment.
 */
export function canonicalHttpUrl(text: string): string | undefined {
  return PLAIN.test(text) ? text : undefined;
}

const LABEL = '(?!xn--)[a-z0-9-]+'; // an xn-- label would need IDNA checks

const PLAIN = new RegExp(
  [
    '^https?://',
    `(?:${LABEL}\\.)*(?!xn--)[a-z][a-z0-9-]*`, // host: the last label starts with a letter
    "(?:/(?!\\.)[A-Za-z0-9\\-._~!$&'()*+,;=:@]*)+", // path: no segment starts with a dot
    '(?:\\?[A-Za-z0-9\\-._~!$&()*+,;=:@/?]+)?', // query
    "(?:#[A-Za-z0-9\\-._~!$&'()*+,;=:@/?]+)?$", // fragment
  ].join(''),
);
