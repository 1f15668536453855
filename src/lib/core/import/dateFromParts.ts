export type DatePartsResult =
  { ok: true; date: string } | { ok: false; field: 'year' | 'month' | 'day'; reason: string };

const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

/**
 * Builds an ISO partial date (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`) from separate year, month and
 * day cells, as spreadsheets and TimelineJS keep them. Months may be numbers or English names
 * ("Aug", "August"). Whether the day exists in that month is left to the validator. Returns
 * null when all three are empty.
 */
export function dateFromParts(
  year: string | number | undefined,
  month: string | number | undefined = '',
  day: string | number | undefined = '',
): DatePartsResult | null {
  const y = String(year ?? '').trim();
  const m = String(month ?? '').trim();
  const d = String(day ?? '').trim();
  if (!y && !m && !d) return null;
  if (!y) return { ok: false, field: 'year', reason: 'is missing (a month or day needs a year)' };
  const yearNumber = wholeNumber(y);
  if (yearNumber === null) return { ok: false, field: 'year', reason: `'${y}' is not a year` };
  if (Math.abs(yearNumber) > 9999) {
    return {
      ok: false,
      field: 'year',
      reason: `${y} is outside the years Dateline shows (-9999 to 9999)`,
    };
  }
  const yearText = (yearNumber < 0 ? '-' : '') + String(Math.abs(yearNumber)).padStart(4, '0');
  if (!m) {
    if (d) return { ok: false, field: 'month', reason: `is missing (day ${d} needs a month)` };
    return { ok: true, date: yearText };
  }
  const monthNumber = monthOf(m);
  if (monthNumber === null) return { ok: false, field: 'month', reason: `'${m}' is not a month` };
  const monthText = `${yearText}-${String(monthNumber).padStart(2, '0')}`;
  if (!d) return { ok: true, date: monthText };
  const dayNumber = wholeNumber(d);
  if (dayNumber === null || dayNumber < 1 || dayNumber > 31) {
    return { ok: false, field: 'day', reason: `'${d}' is not a day of the month` };
  }
  return { ok: true, date: `${monthText}-${String(dayNumber).padStart(2, '0')}` };
}

/** "1943", "1943.0" (spreadsheets write numbers so), "-500"; null for anything else. */
function wholeNumber(text: string): number | null {
  return /^[-+]?\d+(\.0*)?$/.test(text) ? Number.parseInt(text, 10) : null;
}

function monthOf(text: string): number | null {
  const n = wholeNumber(text);
  if (n !== null) return n >= 1 && n <= 12 ? n : null;
  const name = text.toLowerCase().replace(/\.$/, '');
  if (name.length < 3) return null;
  const index = MONTHS.findIndex((month) => month.startsWith(name));
  return index < 0 ? null : index + 1;
}

/**
 * A date cell as the validator wants it: ISO date-times ("2019-08-18T10:00:00Z",
 * "2019-08-18 10:00") keep their calendar date as written, and `hadTime` says a time was
 * dropped; "2019/08/18" becomes "2019-08-18". Everything else passes through unchanged for the
 * validator to judge.
 */
export function dateCell(text: string): { date: string; hadTime: boolean } {
  const trimmed = text.trim();
  const match = /^(-?\d{4}(?:[-/]\d{2}(?:[-/]\d{2})?)?)(?:[T ]\d{1,2}:\d{2}.*)?$/.exec(trimmed);
  if (!match) return { date: trimmed, hadTime: false };
  return { date: match[1]!.replaceAll('/', '-'), hadTime: match[1]!.length < trimmed.length };
}
