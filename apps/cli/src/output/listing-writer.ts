import type { CellValue, Column } from './column.js';

/** Writes a listing row by row in one format. */
export interface ListingWriter<T> {
  /** Writes one row; returns a promise only when the output asks the producer to wait. */
  write(item: T): Promise<void> | undefined;
  /**
   * Completes the output: the JSON array's bracket, a table's buffered rows. Called on success,
   * error and interruption alike, so that a file is always whole up to its last row.
   */
  finish(): Promise<void> | undefined;
  /** Rows written so far. */
  readonly rows: number;
  /**
   * A record that is no row (a meeting that could not be read), where the format can carry one
   * (JSON, NDJSON); absent where it cannot (CSV, table: the warning on stderr says it).
   */
  writeNote?(record: Record<string, unknown>): Promise<void> | undefined;
}

/** The row as JSON and NDJSON have it: every column, `null` for no value. */
export function toRecord<T>(columns: readonly Column<T>[], item: T): Record<string, CellValue> {
  const record: Record<string, CellValue> = {};
  for (const column of columns) record[column.key] = column.value(item);
  return record;
}
