import type { Column } from './column.js';
import { type ListingWriter, toRecord } from './listing-writer.js';
import type { TextSink } from './text-sink.js';

/**
 * A JSON array, one element per line. Each element goes out with its separator in one write,
 * and `finish` closes the bracket even after an interruption, so the file always parses.
 */
export function createJsonArrayWriter<T>(sink: TextSink, columns: readonly Column<T>[]): ListingWriter<T> {
  let rows = 0;
  let elements = 0;
  const element = (json: string) => sink.write(elements++ === 0 ? `[\n  ${json}` : `,\n  ${json}`);
  return {
    get rows() {
      return rows;
    },
    write(item) {
      rows++;
      return element(JSON.stringify(toRecord(columns, item)));
    },
    writeNote: (record) => element(JSON.stringify(record)),
    finish: () => sink.write(elements === 0 ? '[]\n' : '\n]\n'),
  };
}
