import type { Column } from './column.js';
import { createCsvWriter } from './csv-writer.js';
import { createJsonArrayWriter } from './json-array-writer.js';
import type { ListingWriter } from './listing-writer.js';
import { createNdjsonWriter } from './ndjson-writer.js';
import type { OutputFormat } from './output-format.js';
import type { TextSink } from './text-sink.js';

/**
 * The writer of a format. The table's (display widths: string-width's Unicode tables and an
 * Intl.Segmenter, some 50 ms to start) is loaded only for a table.
 */
export async function createListingWriter<T>(
  format: OutputFormat,
  sink: TextSink,
  columns: readonly Column<T>[],
  emptyText: string,
): Promise<ListingWriter<T>> {
  switch (format) {
    case 'csv':
      return createCsvWriter(sink, columns);
    case 'json':
      return createJsonArrayWriter(sink, columns);
    case 'ndjson':
      return createNdjsonWriter(sink, columns);
    case 'table':
      return (await import('./table-writer.js')).createTableWriter(sink, columns, emptyText);
  }
}
