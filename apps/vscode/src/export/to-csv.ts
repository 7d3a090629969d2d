import { type ExportRecord, exportColumns } from './export-record.js';

/** A CSV file (RFC 4180, CRLF) with a header row; a byte-order mark lets Excel read Chinese text. */
export function toCsv(records: Iterable<ExportRecord>): string {
  const lines = [exportColumns.join(',')];
  for (const record of records) lines.push(exportColumns.map((column) => csvCell(record[column])).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

function csvCell(value: string | number | null): string {
  if (value === null) return '';
  let text = String(value);
  // Spreadsheets run cells that start with = + - @ as formulas: a name from the provider could be
  // one. Phone numbers (+86 …) and negative amounts stay as they are.
  if (/^[=@\t\r]/.test(text) || (/^[+-]/.test(text) && !/^[+-][\d\s*().]+(ext\. \d+)?$/.test(text))) {
    text = `'${text}`;
  }
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
