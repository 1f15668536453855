/** The file formats Dateline reads; every one maps onto the canonical event record. */
export type ImportFormat =
  'dateline-json' | 'geojson' | 'timelinejs-json' | 'csv' | 'tsv' | 'timelinejs-sheet';

/** What a position in the file is called in the load report. */
export type RowUnit = 'row' | 'feature' | 'event';

export const FORMAT_LABELS: Readonly<Record<ImportFormat, string>> = {
  'dateline-json': 'Dateline JSON',
  geojson: 'GeoJSON',
  'timelinejs-json': 'TimelineJS JSON',
  csv: 'CSV',
  tsv: 'TSV',
  'timelinejs-sheet': 'TimelineJS spreadsheet (CSV)',
};
