import type { Column } from './column.js';
import { type ListingWriter, toRecord } from './listing-writer.js';
import type { TextSink } from './text-sink.js';

/** One JSON object per line: what a script reads as the listing streams. */
export function createNdjsonWriter<T>(sink: TextSink, columns: readonly Column<T>[]): ListingWriter<T> {
  let rows = 0;
  return {
    get rows() {
      return rows;
    },
    write(item) {
      const pending = sink.write(`${JSON.stringify(toRecord(columns, item))}\n`);
      rows++;
      return pending;
    },
    writeNote: (record) => sink.write(`${JSON.stringify(record)}\n`),
    finish: () => undefined,
  };
}
