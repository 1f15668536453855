import { ImportError } from './importError';
import { IMPORT_LIMITS } from './importLimits';

/**
 * `JSON.parse` with messages a person can act on: where the syntax breaks (line and column),
 * and a refusal, before parsing, of JSON nested deeper than any dataset needs (code that walks
 * such a value recursively, structured cloning included, runs out of stack).
 */
export function parseJson(
  text: string,
  maxDepth: number = IMPORT_LIMITS.maxJsonDepth,
  /** The text's depth when already known (see EventsArraySplitter): then it is not scanned again. */
  knownDepth?: number,
): unknown {
  const depth = knownDepth ?? jsonDepth(text, maxDepth);
  if (depth > maxDepth) {
    throw new ImportError(
      `The JSON is nested more than ${maxDepth} levels deep; a dataset needs only a few. ` +
        'It is not a Dateline, GeoJSON or TimelineJS file.',
    );
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new ImportError(`The JSON is not valid: ${describeSyntaxError(text, error)}.`);
  }
}

/** The deepest nesting of [ and { outside strings, counting stops just past `limit`. */
export function jsonDepth(text: string, limit = Infinity): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92 /* \ */) i++;
      else if (c === 34 /* " */) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 91 /* [ */ || c === 123 /* { */) {
      if (++depth > deepest && (deepest = depth) > limit) return deepest;
    } else if (c === 93 /* ] */ || c === 125 /* } */) depth--;
  }
  return deepest;
}

function describeSyntaxError(text: string, error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  if (/unexpected end/i.test(message))
    return 'it ends too soon (a bracket or a quote is not closed)';
  // V8: "… in JSON at position 45 (line 3 column 5)" or "… at position 45".
  const position = /position (\d+)/.exec(message);
  const what = message
    .replace(/\s*\(line \d+ column \d+\)/, '')
    .replace(/,? ?(in JSON )?at position \d+/, '')
    .replace(/^JSON\.parse: /, '')
    .replace(/, ".*" is not valid JSON$/s, '')
    .trim();
  if (!position) return what;
  const offset = Number(position[1]);
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  const column = offset - before.lastIndexOf('\n');
  return `${what} at line ${line}, column ${column}`;
}
