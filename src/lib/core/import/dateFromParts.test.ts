import { describe, expect, it } from 'vitest';
import { dateCell, dateFromParts } from './dateFromParts';

describe('dateFromParts', () => {
  it.each([
    [['1815', '12', '10'], '1815-12-10'],
    [['1943', '7', ''], '1943-07'],
    [['1951', '', ''], '1951'],
    [['1943.0', '6.0', '5'], '1943-06-05'],
    [['2019', 'Aug', '2'], '2019-08-02'],
    [['2019', 'august', ''], '2019-08'],
    [['44', '3', '15'], '0044-03-15'],
    [['-500', '', ''], '-0500'],
    [[1963, 8, 9], '1963-08-09'],
  ])('%j is %s', ([y, m, d], date) => {
    expect(dateFromParts(y, m, d)).toEqual({ ok: true, date });
  });

  it('is null when all parts are empty', () => {
    expect(dateFromParts('', ' ', undefined)).toBeNull();
  });

  it.each([
    [['', '3', ''], 'year', 'is missing'],
    [['MCMXL', '', ''], 'year', "'MCMXL' is not a year"],
    [['-13800000000', '', ''], 'year', 'outside the years Dateline shows'],
    [['2019', '13', ''], 'month', "'13' is not a month"],
    [['2019', 'Ju', ''], 'month', "'Ju' is not a month"],
    [['2019', '', '5'], 'month', 'day 5 needs a month'],
    [['2019', '2', '32'], 'day', "'32' is not a day"],
  ])('%j: %s %s', ([y, m, d], field, reason) => {
    const result = dateFromParts(y, m, d);
    expect(result).toMatchObject({ ok: false, field });
    expect(result && !result.ok && result.reason).toContain(reason);
  });
});

describe('dateCell', () => {
  it.each([
    ['2019-08-18', '2019-08-18', false],
    [' 2019-08 ', '2019-08', false],
    ['2019-08-18T23:30:00-05:00', '2019-08-18', true],
    ['2019-08-18 10:00', '2019-08-18', true],
    ['2019/08/18', '2019-08-18', false],
    ['18/08/2019', '18/08/2019', false],
  ])('%j is %s', (text, date, hadTime) => {
    expect(dateCell(text)).toEqual({ date, hadTime });
  });
});
