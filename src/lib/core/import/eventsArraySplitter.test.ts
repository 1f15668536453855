import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EventsArraySplitter } from './eventsArraySplitter';
import { jsonDepth } from './parseJson';

const encode = (text: string) => new TextEncoder().encode(text);

/** Scans `bytes` cut at the given offsets, collecting every comma it hands over. */
function split(bytes: Uint8Array, cuts: readonly number[]) {
  const splitter = new EventsArraySplitter();
  const commas: number[] = [];
  let from = 0;
  for (const cut of [...cuts, bytes.length]) {
    splitter.scan(bytes.subarray(from, cut));
    commas.push(...splitter.takeCommas());
    from = cut;
  }
  return { splitter, commas };
}

/** The events array's elements as the splitter cuts them, each parsed on its own. */
function elements(bytes: Uint8Array, cuts: readonly number[]): unknown[] {
  const { splitter, commas } = split(bytes, cuts);
  if (splitter.start < 0 || splitter.end < 0) throw new Error('no events array found');
  const inner = new TextDecoder().decode(bytes.subarray(splitter.start, splitter.end));
  if (inner.trim() === '') return [];
  const bounds = [splitter.start - 1, ...commas, splitter.end];
  return bounds
    .slice(1)
    .map((to, i) => JSON.parse(new TextDecoder().decode(bytes.subarray(bounds[i]! + 1, to))));
}

/** Sorted offsets to cut `length` bytes at. */
const cutsOf = (length: number) =>
  fc
    .array(fc.integer({ min: 0, max: length }), { maxLength: 8 })
    .map((cuts) => cuts.sort((a, b) => a - b));

// Strings full of what a byte scanner could trip on: quotes, backslashes, brackets, commas,
// colons, and characters of two, three and four bytes.
const tricky = fc
  .array(
    fc.constantFrom(
      '"',
      '\\',
      '[',
      ']',
      '{',
      '}',
      ',',
      ':',
      'é',
      '€',
      '𝔘',
      'a',
      ' ',
      '\n',
      '\u2028',
    ),
    { maxLength: 12 },
  )
  .map((chars) => chars.join(''));
const value = fc.letrec((tie) => ({
  json: fc.oneof(
    { depthSize: 'small' },
    tricky,
    fc.integer(),
    fc.double({ noNaN: true, noDefaultInfinity: true }),
    fc.boolean(),
    fc.constant(null),
    fc.array(tie('json'), { maxLength: 4 }),
    fc.dictionary(tricky, tie('json'), { maxKeys: 4 }),
  ),
})).json;

describe('EventsArraySplitter', () => {
  it('cuts the events array into its elements, however the bytes arrive', () => {
    fc.assert(
      fc.property(
        fc.record({ title: tricky, before: value, events: fc.array(value), after: value }),
        fc.boolean(),
        fc.nat(),
        (file, spaced, seed) => {
          const text = JSON.stringify(file, null, spaced ? 2 : undefined);
          const bytes = encode(text);
          const cuts = fc.sample(cutsOf(bytes.length), { numRuns: 1, seed })[0]!;
          const { splitter } = split(bytes, cuts);
          expect(splitter.streamable && splitter.complete).toBe(true);
          expect(splitter.eventsKeys).toBe(1);
          expect(elements(bytes, cuts)).toEqual(JSON.parse(text).events);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('finds the depth jsonDepth finds in the text, in any bytes', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          value.map((v) => JSON.stringify(v)),
          fc.string(),
        ),
        fc.nat(),
        (text, seed) => {
          const bytes = encode(text);
          const cuts = fc.sample(cutsOf(bytes.length), { numRuns: 1, seed })[0]!;
          expect(split(bytes, cuts).splitter.deepest).toBe(jsonDepth(text));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('carries strings, escapes and characters across every cut', () => {
    const text = '{"ti\\"tle":"[{,\\\\","events":[{"a":"\\"],é𝔘"},[1,"]"],"x,y"]}';
    const bytes = encode(text);
    for (let cut = 0; cut <= bytes.length; cut++) {
      for (const second of [cut, Math.min(bytes.length, cut + 1), Math.min(bytes.length, cut + 3)])
        expect(elements(bytes, [cut, second])).toEqual(JSON.parse(text).events);
    }
  });

  it('finds the array after other keys, an escaped key, and an empty array', () => {
    expect(elements(encode('{"a":{"events":[9]},"ev\\u0065nts":[1,2]}'), [])).toEqual([1, 2]);
    expect(elements(encode('  {"events" : [ ] , "title": "events"}\n'), [])).toEqual([]);
    // A value "events" is not a key; the array of another key is not the events.
    const notKey = split(encode('{"title":"events","list":[1]}'), []).splitter;
    expect([notKey.start, notKey.eventsKeys]).toEqual([-1, 0]);
  });

  it('counts every top-level "events" key, so a repeated one can be refused', () => {
    expect(split(encode('{"events":[1],"events":[2]}'), []).splitter.eventsKeys).toBe(2);
    expect(split(encode('{"events":1,"events":[2]}'), []).splitter.start).toBe(22);
  });

  it.each([
    ['a byte-order mark', '\uFEFF{"events":[]}'],
    ['a list', '[{"events":[]}]'],
    ['text', '"events"'],
    ['something after the object', '{"events":[]} {}'],
    ['a key that is not valid', '{"\\x":1,"events":[]}'],
  ])('gives up on %s', (_, text) => {
    expect(split(encode(text), []).splitter.streamable).toBe(false);
  });

  it('is not complete while the object is open', () => {
    const { splitter } = split(encode('{"events":[1,2]'), []);
    expect([splitter.streamable, splitter.complete, splitter.end]).toEqual([true, false, 14]);
  });
});
