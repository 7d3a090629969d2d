import { csvByteOrderMark, csvRow } from '@callroll/core';
import type { Column } from './column.js';
import type { ListingWriter } from './listing-writer.js';
import type { TextSink } from './text-sink.js';

/**
 * CSV with a header of the columns' keys, CRLF line ends (RFC 4180), one row per write. A file
 * starts with a byte-order mark, so that Excel reads its Chinese text; standard output does not.
 */
export function createCsvWriter<T>(sink: TextSink, columns: readonly Column<T>[]): ListingWriter<T> {
  const freeText = columns.map((column) => column.freeText === true);
  let rows = 0;
  let headerWritten = false;
  const header = () => {
    headerWritten = true;
    return (sink.path === undefined ? '' : csvByteOrderMark) + csvRow(columns.map((column) => column.key));
  };
  return {
    get rows() {
      return rows;
    },
    write(item) {
      // The header goes out with the first row, in the same write.
      const line = csvRow(
        columns.map((column) => column.value(item)),
        freeText,
      );
      const pending = sink.write(headerWritten ? line : header() + line);
      rows++;
      return pending;
    },
    // An empty listing is still a CSV file with its header.
    finish: () => (headerWritten ? undefined : sink.write(header())),
  };
}
