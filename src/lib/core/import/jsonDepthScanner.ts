/**
 * Finds how deeply JSON nests (what `jsonDepth` finds in text) in its UTF-8 or Windows-1252 bytes,
 * a chunk at a time as they arrive: the characters it looks at (quotes, backslashes, brackets
 * and braces) are single ASCII bytes in both encodings, and never part of a longer character.
 * An import worker scans a download while it comes in, instead of 35 MB of text after it.
 */
export class JsonDepthScanner {
  private depth = 0;
  private inString = false;
  private escaped = false;
  /** The deepest nesting of [ and { outside strings so far. */
  deepest = 0;

  scan(bytes: Uint8Array): void {
    let { depth, deepest, inString, escaped } = this;
    for (let i = 0; i < bytes.length; i++) {
      const c = bytes[i]!;
      if (inString) {
        if (escaped) escaped = false;
        else if (c === 92 /* \ */) escaped = true;
        else if (c === 34 /* " */) inString = false;
      } else if (c === 34) inString = true;
      else if (c === 91 /* [ */ || c === 123 /* { */) {
        if (++depth > deepest) deepest = depth;
      } else if (c === 93 /* ] */ || c === 125 /* } */) depth--;
    }
    Object.assign(this, { depth, deepest, inString, escaped });
  }
}
