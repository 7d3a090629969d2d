import { type Options, stringify } from 'csv-stringify/sync';
/** A value in a machine-readable row: what JSON and CSV get. */
export type CellValue = string | number | boolean | null;

/** What a spreadsheet runs as a formula when it starts a cell. */
const formulaStart = /^[=+\-@\t\r]/;

/**
 * csv-stringify's settings for every CSV Callroll writes: RFC 4180 with CRLF row ends.
 * Free text (`freeText[index]`) that a spreadsheet would run as a formula gets a leading
 * apostrophe, so that opening an export never runs what a meeting topic smuggled in. The
 * library's own `escape_formulas` is all or nothing per call, and would also change phone
 * numbers (`+86 …`), which must stay as they are.
 */
function csvOptions(freeText: readonly boolean[], rowEnd: boolean): Options {
  return {
    eof: rowEnd,
    record_delimiter: 'windows',
    // Given a record delimiter, csv-stringify would otherwise leave a lone `\n` or `\r` unquoted.
    quote_record_delimiter: true,
    cast: {
      // Its default writes `1` and an empty field; keep the `true`/`false` that JSON has.
      boolean: (value) => String(value),
      string: (value, context) =>
        !context.header && freeText[context.index] === true && formulaStart.test(value) ? `'${value}` : value,
    },
  };
}

/** One CSV row with its CRLF end; `freeText` marks the columns typed by people. */
export function csvRow(values: readonly CellValue[], freeText: readonly boolean[] = []): string {
  return stringify([values], csvOptions(freeText, true));
}

/** One CSV field, for output that joins its own fields. */
export function csvField(value: CellValue, freeText: boolean): string {
  return stringify([[value]], csvOptions([freeText], false));
}

/**
 * Put before a CSV file's first byte: Excel then reads it as UTF-8 (Chinese names and topics),
 * which it does not guess. Only for files; a CSV stream on standard output goes without it.
 */
export const csvByteOrderMark = '\uFEFF';
