import type { CellValue } from '@callroll/core';

export type { CellValue } from '@callroll/core';

/** One column of a listing: its stable key, its localized title and how to read a row. */
export interface Column<T> {
  /** The JSON key and CSV header: English, stable, for scripts. */
  key: string;
  /** The table header, in the user's language. */
  title: string;
  value(item: T): CellValue;
  /** What the table shows, when it differs from `value` (localized statuses, local times). */
  text?: ((item: T) => string) | undefined;
  align?: 'left' | 'right' | undefined;
  /** Free text typed by people (topics, names): cut in tables, guarded against formulas in CSV. */
  freeText?: boolean | undefined;
  /** Left out of the table (still in JSON and CSV). */
  machineOnly?: boolean | undefined;
}
