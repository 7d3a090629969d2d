import type { Column } from './column.js';
import { displayWidth, fitCell } from './display-width.js';
import type { ListingWriter } from './listing-writer.js';
import type { TextSink } from './text-sink.js';

/** Rows read before the column widths are fixed: a table of a million rows cannot wait for all. */
const sampleSize = 100;
/** Free-text columns (topics, names) are cut beyond this many terminal columns. */
const maxFreeTextWidth = 40;

/**
 * An aligned text table for people. The widths come from the first rows; later, longer cells
 * of free text are cut with an ellipsis and other cells are printed whole (a number is never
 * cut), so the table streams like the other formats. A table that fits in its sample leaves
 * out the columns it has no value in (a provider that reports no cost shows no cost column).
 */
export function createTableWriter<T>(
  sink: TextSink,
  allColumns: readonly Column<T>[],
  emptyText: string,
): ListingWriter<T> {
  let columns = allColumns.filter((column) => !column.machineOnly);
  const cellText = (column: Column<T>, item: T): string => {
    if (column.text) return column.text(item);
    const value = column.value(item);
    return value === null ? '' : String(value);
  };
  let sample: string[][] | undefined = [];
  let widths: number[] = [];
  let rows = 0;

  const line = (cells: readonly string[]) =>
    `${cells
      .map((cell, index) => {
        const column = columns[index] as Column<T>;
        return fitCell(cell, widths[index] ?? 0, column.align ?? 'left', column.freeText === true);
      })
      .join('  ')
      .trimEnd()}\n`;

  // Fixes the columns and widths from the sample and writes the header, rule and sampled rows.
  const flushSample = (complete: boolean): Promise<void> | undefined => {
    let sampled = sample ?? [];
    sample = undefined;
    if (complete) {
      const kept = columns.map((_, index) => sampled.some((cells) => cells[index] !== ''));
      columns = columns.filter((_, index) => kept[index]);
      sampled = sampled.map((cells) => cells.filter((_, index) => kept[index]));
    }
    widths = columns.map((column, index) => {
      const widest = Math.max(
        displayWidth(column.title),
        ...sampled.map((cells) => displayWidth(cells[index] ?? '')),
      );
      return column.freeText
        ? Math.min(widest, Math.max(maxFreeTextWidth, displayWidth(column.title)))
        : widest;
    });
    let text = line(columns.map((column) => column.title));
    text += line(widths.map((width) => '-'.repeat(width)));
    for (const cells of sampled) text += line(cells);
    return sink.write(text);
  };

  return {
    get rows() {
      return rows;
    },
    write(item) {
      const cells = columns.map((column) => cellText(column, item));
      rows++;
      if (sample) {
        sample.push(cells);
        return sample.length >= sampleSize ? flushSample(false) : undefined;
      }
      return sink.write(line(cells));
    },
    finish() {
      if (rows === 0) return sink.write(`${emptyText}\n`);
      return sample ? flushSample(true) : undefined;
    },
  };
}
