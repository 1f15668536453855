import { dsvFormat } from 'd3';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { unclosedQuote } from './unclosedQuote';

describe('unclosedQuote', () => {
  it('finds the record whose quoted cell never closes, and the lines it swallowed', () => {
    const text = 'id,title\na1,Fine\na2,"Never closed,50\na3,Lost\r\na4,Lost too\n';
    expect(unclosedQuote(text, ',')).toEqual({ record: 2, linesAfter: 2 });
    // d3-dsv agrees: the rest of the file is that one cell of row 2.
    const rows = dsvFormat(',').parseRows(text);
    expect(rows).toHaveLength(3);
    expect(rows[2]![1]).toContain('a4,Lost too');
  });

  it('ignores quotes that close, doubled quotes, and quote marks inside unquoted cells', () => {
    expect(unclosedQuote('a,b\n"x ""y"", z",2\n', ',')).toBeNull();
    expect(unclosedQuote('a,b\n"one\ntwo",2\n', ',')).toBeNull();
    // A 12" record: the quote mark is in the cell, not its opening (and d3-dsv keeps it so).
    expect(unclosedQuote('a,b\nA 12" record,2\n', ',')).toBeNull();
    expect(unclosedQuote('a\tb\n"x\t1\nlost\n', '\t')).toEqual({ record: 1, linesAfter: 1 });
  });

  it('agrees with d3-dsv on random tables: a row added after an unclosed quote is swallowed', () => {
    const cell = fc.stringMatching(/^[a-z",\r\n ]{0,6}$/);
    const table = fc.array(fc.array(cell, { minLength: 1, maxLength: 4 }), { maxLength: 6 });
    fc.assert(
      fc.property(table, (rows) => {
        const text = rows.map((row) => row.join(',')).join('\n');
        const found = unclosedQuote(text, ',');
        const read = dsvFormat(',').parseRows(`${text}\nadded`);
        const swallowed = read.at(-1)!.join(',') !== 'added';
        expect(found !== null).toBe(swallowed);
        if (found) expect(read.length).toBe(found.record + 1);
      }),
      { numRuns: 500 },
    );
  });
});
