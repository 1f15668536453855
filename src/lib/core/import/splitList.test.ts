import { expect, it } from 'vitest';
import { splitList } from './splitList';

it('splits a ;-separated cell into trimmed items', () => {
  expect(splitList(' Libya ; Russia;;INF treaty; ')).toEqual(['Libya', 'Russia', 'INF treaty']);
  expect(splitList('')).toEqual([]);
});
