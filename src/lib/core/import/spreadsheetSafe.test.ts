import { describe, expect, it } from 'vitest';
import { fromSpreadsheetSafe, spreadsheetSafe } from './spreadsheetSafe';

describe('spreadsheetSafe', () => {
  it.each(['=HYPERLINK("http://x","y")', '+1', '-cmd', '@SUM(A1)', '\t=1'])(
    'guards %j against running as a formula, and the import undoes it',
    (text) => {
      expect(spreadsheetSafe(text)).toBe(`'${text}`);
      expect(fromSpreadsheetSafe(spreadsheetSafe(text))).toBe(text);
    },
  );

  it('leaves other text alone', () => {
    expect(spreadsheetSafe('Tobruk')).toBe('Tobruk');
    expect(fromSpreadsheetSafe("'quoted'")).toBe("'quoted'");
  });
});
