import { describe, expect, it } from 'vitest';
import { describeProblem, failedReport, reportHeadline, type LoadReport } from './loadReport';
import { loadReportCsv } from './loadReportCsv';

const report: LoadReport = {
  source: 'events.csv',
  format: 'csv',
  unit: 'row',
  found: 3,
  loaded: 2,
  located: 1,
  problems: [{ row: 14, field: 'date', reason: "'2019-13-40' is not a date (month 13)", id: 'x' }],
  notes: [
    {
      row: 3,
      field: 'sources[0].url',
      reason: "'javascript:alert(1)' is not an http(s) link",
      kept: true,
    },
  ],
  messages: ['Columns not used: "colour".'],
};

describe('the load report', () => {
  it('describes a problem the way the issue asks', () => {
    expect(describeProblem(report.problems[0]!)).toBe(
      "row 14, date: '2019-13-40' is not a date (month 13)",
    );
    expect(
      describeProblem({ row: 2, field: 'geometry', reason: 'is a LineString' }, 'feature'),
    ).toBe('feature 2, geometry: is a LineString');
    expect(describeProblem({ row: 0, field: 'events', reason: 'missing' })).toBe('events: missing');
  });

  it('has a headline', () => {
    expect(reportHeadline(report)).toBe('Loaded 2 of 3 events from events.csv (CSV).');
    expect(reportHeadline({ ...report, found: 2 })).toBe('Loaded 2 events from events.csv (CSV).');
    expect(reportHeadline(failedReport('x.csv', 'The file is empty (0 bytes).'))).toBe(
      'Could not load x.csv: The file is empty (0 bytes).',
    );
  });

  it('downloads as CSV, one line per problem, note and remark, guarded against formulas', () => {
    expect(loadReportCsv({ ...report, messages: ['=cmd'] })).toBe(
      [
        'outcome,row,id,field,reason',
        "about the file,,,,'=cmd",
        "loaded with a note,3,,sources[0].url,'javascript:alert(1)' is not an http(s) link",
        "not loaded,14,x,date,'2019-13-40' is not a date (month 13)",
        '',
      ].join('\n'),
    );
  });
});
