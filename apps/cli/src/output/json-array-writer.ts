import type { Column } from './column.js';
import { type ListingWriter, toRecord } from './listing-writer.js';
import type { TextSink } from './text-sink.js';

/**
 * A JSON array, one element per line. Each element goes out with its separator in one write,
 * and `finish` closes the bracket even after an interruption, so the file always parses.
 */
export function createJsonArrayWriter<T>(sink: TextSink, columns: readonly Column<T>[]): ListingWriter<T> {
  let rows = 0;
  return {
    get rows() {
      return rows;
    },
    write(item) {
      const json = JSON.stringify(toRecord(columns, item));
      const pending = sink.write(rows === 0 ? `[\n  ${json}` : `,\n  ${json}`);
      rows++;
      return pending;
    },
    finish: () => sink.write(rows === 0 ? '[]\n' : '\n]\n'),
  };
}
