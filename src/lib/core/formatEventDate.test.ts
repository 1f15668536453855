import { describe, expect, it } from 'vitest';
import { formatEventDate } from './formatEventDate';

describe('formatEventDate', () => {
  it.each([
    [{ date: '2019' }, '2019'],
    [{ date: '2019-08' }, 'August 2019'],
    [{ date: '2019-08-18' }, '18 August 2019'],
    [{ date: '2017-01-09', end: '2017-01-15' }, '9–15 January 2017'],
    [{ date: '2017-01-28', end: '2017-02-03' }, '28 January – 3 February 2017'],
    [{ date: '2016-12-28', end: '2017-01-03' }, '28 December 2016 – 3 January 2017'],
    [{ date: '2019-08', end: '2020-05' }, 'August 2019 – May 2020'],
    [{ date: '2019-08', end: '2019-10' }, 'August – October 2019'],
    [{ date: '2019', end: '2021' }, '2019 – 2021'],
    [{ date: '2019-08', end: '2019-08-20' }, 'August 2019 – 20 August 2019'],
    [{ date: '2017-01', qualifier: 'by' as const }, 'by January 2017'],
    [{ date: '-0043-03-15' }, '15 March 44 BCE'],
  ])('%j reads %j', (event, expected) => {
    expect(formatEventDate(event)).toBe(expected);
  });
});
