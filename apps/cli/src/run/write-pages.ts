import { AbortedError } from '@callroll/core';
import type { ListingWriter } from '../output/listing-writer.js';

export interface WritePagesOptions<T> {
  signal: AbortSignal;
  /** Rows to leave out (`--status`); they still count as read. */
  keep?: ((item: T) => boolean) | undefined;
  /** After each page: how many items were read so far. */
  onProgress?: ((read: number) => void) | undefined;
}

/**
 * Writes a listing's pages row by row, waiting whenever the output asks to (backpressure), so
 * that memory stays bounded by the pages in flight. Stops at a row boundary once aborted.
 */
export async function writePages<T>(
  pages: AsyncIterable<T[]>,
  writer: ListingWriter<T>,
  options: WritePagesOptions<T>,
): Promise<number> {
  let read = 0;
  for await (const items of pages) {
    for (const item of items) {
      if (options.signal.aborted) throw new AbortedError({ cause: options.signal.reason });
      if (options.keep && !options.keep(item)) continue;
      const pending = writer.write(item);
      if (pending) await pending;
    }
    read += items.length;
    options.onProgress?.(read);
  }
  return read;
}
