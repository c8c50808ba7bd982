import type { Chunks } from '../chunks.js';

/**
 * RFC 4180 CSV: records end in CRLF, a field is quoted when it holds a quote,
 * comma, CR or LF, and quotes inside are doubled. Values are written as given;
 * deciding what a cell may contain (see `commitments-csv.ts`) is the caller's job.
 */
export type CsvValue = string | number | null;

export const CSV_RECORD_END = '\r\n';

/**
 * Excel reads a CSV file without a byte order mark in the machine's legacy
 * code page, turning "ë" into "Ã«"; with the UTF-8 BOM it reads UTF-8. Other
 * consumers (csv-parse with `bom: true`, pandas with `utf-8-sig`, LibreOffice,
 * Google Sheets) accept the mark, so it is the choice that works everywhere.
 */
export const UTF8_BOM = '\uFEFF';

export function csvField(value: CsvValue): string {
  if (value === null) return '';
  const text = String(value);
  return /["\r\n,]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function csvRecord(values: readonly CsvValue[]): string {
  return values.map(csvField).join(',') + CSV_RECORD_END;
}

/** A whole file: BOM and header record, then one record per row, a chunk each. */
export function* csvDocument(header: readonly string[], rows: Iterable<readonly CsvValue[]>): Chunks {
  yield UTF8_BOM + csvRecord(header);
  for (const row of rows) yield csvRecord(row);
}
