import { type Page, type ProviderId, streamPages } from '@callroll/core';
import type { ListingPosition } from './listing-cursor.js';

/** Pages one call reads at most: a filter that matches little answers what it found, and a cursor. */
export const maxPagesPerCall = 50;

export interface WindowRequest<T> {
  fetch: (request: { cursor: string | undefined; pageSize: number; signal: AbortSignal }) => Promise<Page<T>>;
  pageSize: number;
  start: ListingPosition;
  limit: number;
  keep: (item: T) => boolean;
  provider: ProviderId;
  signal: AbortSignal;
}

export interface ListingWindow<T> {
  items: T[];
  /** Where the listing goes on; undefined at its end. */
  next: ListingPosition | undefined;
  /** The rows of the whole listing, unfiltered, when the provider says. */
  total: number | undefined;
}

/**
 * Up to `limit` rows of a listing from a position, through the core's page engine (its abort and
 * loop checks), one page at a time so that the position of every row is known. Rows are counted
 * as the provider sends them, so that a position means the same row in the next call.
 */
export async function readWindow<T>(request: WindowRequest<T>): Promise<ListingWindow<T>> {
  const { start, limit, keep } = request;
  let fetched: string | undefined = start.page;
  let next: string | undefined;
  let total: number | undefined;
  let pagesRead = 0;
  const pages = streamPages<T>(
    async ({ cursor, signal }) => {
      fetched = cursor ?? start.page;
      const page = await request.fetch({ cursor: fetched, pageSize: request.pageSize, signal });
      next = page.nextCursor;
      total = page.total ?? total;
      // Without the cursors of later pages the engine follows nextCursor, one page at a time.
      return { items: page.items, ...(page.nextCursor === undefined ? {} : { nextCursor: page.nextCursor }) };
    },
    { signal: request.signal, provider: request.provider },
  );
  const items: T[] = [];
  let skip = start.skip;
  for await (const rows of pages) {
    pagesRead++;
    for (let index = skip; index < rows.length; index++) {
      const row = rows[index] as T;
      if (!keep(row)) continue;
      items.push(row);
      if (items.length === limit) {
        const position = index + 1 < rows.length ? { page: fetched, skip: index + 1 } : after(next);
        return { items, next: position, total };
      }
    }
    skip = 0;
    if (pagesRead >= maxPagesPerCall) return { items, next: after(next), total };
  }
  return { items, next: undefined, total };
}

function after(next: string | undefined): ListingPosition | undefined {
  return next === undefined ? undefined : { page: next, skip: 0 };
}
