/**
 * Where delimited text opens a quoted cell that never closes, as d3-dsv reads it (RFC 4180: a
 * quote mark opens a quoted cell only as its first character; inside one, two quote marks are
 * one): the 0-based record it opens in, and how many line breaks follow it. d3-dsv then reads the
 * rest of the file as that one cell, silently; null when every quoted cell closes.
 */
export function unclosedQuote(
  text: string,
  delimiter: string,
): { record: number; linesAfter: number } | null {
  if (!opensUnclosed(text, delimiter)) return null;
  // The rare file that has one: read it character by character to find the record.
  const separator = delimiter.charCodeAt(0);
  let record = 0;
  let cellStart = true;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 34 /* " */ && cellStart) {
      const opened = i;
      for (i++; i < text.length; i++) {
        if (text.charCodeAt(i) !== 34) continue;
        if (text.charCodeAt(i + 1) === 34) i++;
        else break;
      }
      if (i >= text.length) return { record, linesAfter: lineBreaks(text, opened) };
      // As d3-dsv does, the character after the closing quote ends the cell, whatever it is.
      const next = text.charCodeAt(++i);
      if (next === 10 || next === 13) {
        if (next === 13 && text.charCodeAt(i + 1) === 10) i++;
        record++;
      }
      cellStart = true;
    } else if (c === 10 || c === 13) {
      if (c === 13 && text.charCodeAt(i + 1) === 10) i++;
      record++;
      cellStart = true;
    } else {
      cellStart = c === separator;
    }
  }
  return null;
}

/** Lines that follow the one at `from` (\r\n is one break; breaks that end the file start none). */
function lineBreaks(text: string, from: number): number {
  let end = text.length;
  while (end > from && (text[end - 1] === '\n' || text[end - 1] === '\r')) end--;
  let breaks = 0;
  for (let i = from; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 13 && text.charCodeAt(i + 1) === 10) i++;
    if (c === 10 || c === 13) breaks++;
  }
  return breaks;
}

/**
 * Whether some quoted cell never closes, jumping from quote mark to quote mark (most files
 * have few, or none). A quote mark opens a cell at the file's start, after a delimiter or a line
 * break, or right after the character that ends a quoted cell (as d3-dsv reads it).
 */
function opensUnclosed(text: string, delimiter: string): boolean {
  let cellAfterQuoted = -1;
  for (let p = text.indexOf('"'); p >= 0; p = text.indexOf('"', p + 1)) {
    const before = p === 0 ? '' : text[p - 1];
    if (
      p !== 0 &&
      p !== cellAfterQuoted &&
      before !== delimiter &&
      before !== '\n' &&
      before !== '\r'
    )
      continue; // a quote mark inside an unquoted cell
    // Its closing quote: the next one not doubled.
    let q = text.indexOf('"', p + 1);
    while (q >= 0 && text[q + 1] === '"') q = text.indexOf('"', q + 2);
    if (q < 0) return true;
    p = q;
    cellAfterQuoted = q + 2;
  }
  return false;
}
