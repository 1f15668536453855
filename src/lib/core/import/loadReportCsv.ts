import { csvFormatRows } from 'd3';
import type { LoadReport } from './loadReport';
import { spreadsheetSafe } from './spreadsheetSafe';

/**
 * The load report as CSV, one line per problem or note (and per remark on the whole file),
 * for the person to fix their file from: what happened, where, the id, the field, the reason.
 */
export function loadReportCsv(report: LoadReport): string {
  const lines: string[][] = [['outcome', report.unit, 'id', 'field', 'reason']];
  if (report.failure) lines.push(['file not loaded', '', '', '', report.failure]);
  for (const message of report.messages) lines.push(['about the file', '', '', '', message]);
  const rows = [
    ...report.problems.map((p) => ({ ...p, outcome: 'not loaded' })),
    ...report.notes.map((p) => ({ ...p, outcome: 'loaded with a note' })),
  ].sort((a, b) => a.row - b.row);
  for (const p of rows)
    lines.push([p.outcome, p.row > 0 ? String(p.row) : '', p.id ?? '', p.field, p.reason]);
  return csvFormatRows(lines.map((line) => line.map(spreadsheetSafe))) + '\n';
}
