import { expect, it } from 'vitest';
import { IdMaker, slugify } from './idMaker';

it('makes stable ids from date and title, unique within the file', () => {
  const ids = new IdMaker(['1978-first-recording']);
  expect(ids.make('1978', 'First Recording', 'row-2')).toBe('1978-first-recording-2');
  expect(ids.make('1951', 'Rózsa Péter writes recursion', 'row-3')).toBe(
    '1951-rozsa-peter-writes-recursion',
  );
  expect(ids.make('1951', 'Rózsa Péter writes recursion', 'row-4')).toBe(
    '1951-rozsa-peter-writes-recursion-2',
  );
  expect(ids.make('', '!!!', 'row-5')).toBe('row-5');
  expect(slugify('x'.repeat(100))).toHaveLength(60);
});
