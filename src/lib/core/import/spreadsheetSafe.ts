/**
 * Spreadsheets run a cell that starts with = + - @ (or a tab or return before one) as a
 * formula, so an exported title like `=HYPERLINK("http://evil", "x")` would become a live link
 * ("CSV injection"). Exports prefix such text cells with an apostrophe, which spreadsheets hide;
 * imports remove it again, so the round trip gives back the same text.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

export function spreadsheetSafe(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

export function fromSpreadsheetSafe(text: string): string {
  return text.startsWith("'") && FORMULA_START.test(text.slice(1)) ? text.slice(1) : text;
}
