import { describe, expect, it } from 'vitest';
import { eventTime } from './eventTime';
import { parsePartialDate, partialDateEnd, partialDateStart } from './partialDate';
import { seededRandom } from './testing/seededRandom';

/** eventTime as it was written on parsePartialDate: the reference for the allocation-free one. */
function reference(date: string, end?: string) {
  const from = parsePartialDate(date);
  if (!from.ok) return { ...from, field: 'date' };
  const time = {
    start: partialDateStart(from.value),
    end: partialDateEnd(from.value),
    precision: from.value.precision,
  };
  if (end === undefined || end === '') return { ok: true, value: time };
  const to = parsePartialDate(end);
  if (!to.ok) return { ...to, field: 'end' };
  const spanEnd = partialDateEnd(to.value);
  if (spanEnd <= time.start || partialDateStart(to.value) < time.start) {
    return { ok: false, reason: `'${end}' is before the start date '${date}'`, field: 'end' };
  }
  return { ok: true, value: { ...time, end: spanEnd, endPrecision: to.value.precision } };
}

describe('eventTime', () => {
  it('covers a day, a month, a year, and a span to the end of its end date', () => {
    expect(eventTime('2019-08-18')).toEqual({
      ok: true,
      value: { start: Date.UTC(2019, 7, 18), end: Date.UTC(2019, 7, 19), precision: 'day' },
    });
    expect(eventTime('2017-01-09', '2017-02')).toEqual({
      ok: true,
      value: {
        start: Date.UTC(2017, 0, 9),
        end: Date.UTC(2017, 2, 1),
        precision: 'day',
        endPrecision: 'month',
      },
    });
    // An end whose period starts before the start is refused, even if it ends after it.
    expect(eventTime('2017-01-09', '2017-01')).toMatchObject({ ok: false, field: 'end' });
    expect(eventTime('2019-08', 'soon')).toMatchObject({ ok: false, field: 'end' });
    expect(eventTime('0079-08-24', '')).toMatchObject({
      value: { start: Date.parse('0079-08-24T00:00:00Z') },
    });
  });

  it('answers as the parsePartialDate version did, for random dates and spans', () => {
    const random = seededRandom(3);
    const pad = (n: number, width: number) => String(n).padStart(width, '0');
    const date = () => {
      const r = random();
      const year = `${random() < 0.1 ? '-' : ''}${pad(Math.floor(random() * 2100), 4)}`;
      if (r < 0.05) return pick(['', ' ', 'x', '2019/01/01', '19']);
      if (r < 0.3) return year;
      if (r < 0.5) return `${year}-${pad(Math.floor(random() * 14), 2)}`;
      return `${year}-${pad(1 + Math.floor(random() * 12), 2)}-${pad(Math.floor(random() * 33), 2)}`;
    };
    const pick = (list: string[]) => list[Math.floor(random() * list.length)]!;
    for (let i = 0; i < 5000; i++) {
      const start = date();
      const end = random() < 0.5 ? undefined : random() < 0.3 ? start : date();
      expect(eventTime(start, end), `${start} to ${end}`).toEqual(reference(start, end));
    }
  });
});
