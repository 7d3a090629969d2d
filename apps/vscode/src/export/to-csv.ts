import {
  csvByteOrderMark,
  csvRow,
  type PhoneExportRecord,
  phoneExportColumns,
  phoneExportFreeTextColumns,
} from '@callroll/core';

const freeText = phoneExportColumns.map((column) => phoneExportFreeTextColumns.has(column));

/**
 * A CSV file of the core's export record (the CLI writes the same columns): RFC 4180 with CRLF,
 * a header row, free text guarded against formulas, and a byte-order mark so Excel reads Chinese.
 */
export function toCsv(records: Iterable<PhoneExportRecord>): string {
  let text = csvByteOrderMark + csvRow([...phoneExportColumns]);
  for (const record of records) {
    text += csvRow(
      phoneExportColumns.map((column) => record[column]),
      freeText,
    );
  }
  return text;
}
