import { describe, expect, it } from 'vitest';
import { jsonDepth, parseJson } from './parseJson';

describe('parseJson', () => {
  it('parses JSON', () => {
    expect(parseJson('{"events": [{"id": "a"}]}')).toEqual({ events: [{ id: 'a' }] });
  });

  it('says where the syntax breaks, by line and column', () => {
    expect(() => parseJson('{\n  "events": [\n    {"id": "a",}\n  ]\n}')).toThrow(
      /^The JSON is not valid: Expected double-quoted property name at line 3, column 16\.$/,
    );
  });

  it('refuses JSON nested deeper than a dataset needs, before parsing it', () => {
    const deep = '['.repeat(100_000) + ']'.repeat(100_000);
    expect(() => parseJson(deep)).toThrow(/nested more than 64 levels deep/);
  });

  it('counts depth outside strings only', () => {
    expect(jsonDepth('{"a": "[[[{{{", "b": [{"c": "\\"]"}]}')).toBe(3);
  });
});
