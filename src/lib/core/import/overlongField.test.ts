import { expect, it } from 'vitest';
import { overlongField } from './overlongField';

it('finds the first field longer than the limit, in text, lists and sources', () => {
  expect(overlongField({ title: 'ok', summary: 'x'.repeat(11) }, 10)).toEqual({
    field: 'summary',
    reason: 'is 11 characters long; Dateline keeps at most 10',
  });
  expect(overlongField({ tags: ['ok', 'y'.repeat(20)] }, 10)?.field).toBe('tags');
  expect(overlongField({ sources: [{ title: 't', quote: 'z'.repeat(1_048_576) }] })).toEqual({
    field: 'sources[0].quote',
    reason: 'is 1,048,576 characters long; Dateline keeps at most 20,000',
  });
  expect(overlongField({ title: 'short' })).toBeNull();
  expect(overlongField(null)).toBeNull();
});
