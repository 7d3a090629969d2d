import { InvalidResponseError } from '../errors/invalid-response-error.js';
import type { ProviderId } from '../model/provider-id.js';
import type { Page } from './page.js';

/** `"2"`, `"3"`, … `"last"`, made one at a time: never an array sized by a server's total. */
export function* numberedCursors(first: number, last: number): Generator<string, void, undefined> {
  for (let page = first; page <= last; page++) yield String(page);
}

/** The offsets `first`, `first + pageSize`, … below `total`, as cursors, one at a time. */
export function* offsetCursors(
  first: number,
  total: number,
  pageSize: number,
): Generator<string, void, undefined> {
  for (let offset = first; offset < total; offset += pageSize) yield String(offset);
}

/**
 * A page of a listing addressed by page number (from 1): the next page's cursor, and on the first
 * page the cursors of all later ones (lazily), so that a client can fetch them concurrently.
 */
export function numberedPage<T>(
  items: T[],
  position: { page: number; totalPages: number; total?: number | undefined },
): Page<T> {
  const { page, totalPages, total } = position;
  return {
    items,
    ...(total === undefined ? {} : { total }),
    ...(page < totalPages ? { nextCursor: String(page + 1) } : {}),
    ...(page === 1 && totalPages > 1 ? { pageCursors: numberedCursors(2, totalPages) } : {}),
  };
}

/** As `numberedPage`, for a listing addressed by offset (from 0) with a known total. */
export function offsetPage<T>(
  items: T[],
  position: { offset: number; pageSize: number; total: number; nextOffset?: number | undefined },
): Page<T> {
  const { offset, pageSize, total } = position;
  const next = position.nextOffset ?? offset + pageSize;
  return {
    items,
    total,
    ...(next < total && next > offset ? { nextCursor: String(next) } : {}),
    ...(offset === 0 && pageSize < total ? { pageCursors: offsetCursors(pageSize, total, pageSize) } : {}),
  };
}

export interface ListingTotals {
  provider: ProviderId;
  /** Rows the whole listing has, as the server says, and the field it came in. */
  total: number;
  totalField: string;
  /** Pages the server says there are, and its field; absent where the server sends none. */
  totalPages?: number | undefined;
  totalPagesField?: string | undefined;
  /** The page size asked for (a page holds at most this many rows). */
  pageSize: number;
  /**
   * Rows on a page that is not the last: a server that pages by fewer rows than asked counts its
   * pages by that many.
   */
  rowsOnFullPage?: number | undefined;
  /** The most rows the provider documents this listing can hold, when it documents a limit. */
  documentedMax?: number | undefined;
  status?: number | undefined;
}

/**
 * Checks a listing's totals against each other and against the provider's documented limit, so
 * that a server's number never sizes a loop it contradicts. Throws an `InvalidResponseError`
 * naming the field at fault.
 */
export function checkListingTotals(totals: ListingTotals): void {
  const { provider, total, pageSize, status } = totals;
  const fail = (field: string, problem: string): never => {
    throw new InvalidResponseError({
      provider,
      status,
      field,
      message: `The ${provider} response has an impossible ${field}: ${problem}`,
    });
  };
  if (totals.documentedMax !== undefined && total > totals.documentedMax) {
    fail(totals.totalField, `${total} is more than the ${totals.documentedMax} the provider documents`);
  }
  if (totals.totalPages === undefined) return;
  const field = totals.totalPagesField ?? 'totalPages';
  const rows = totals.rowsOnFullPage;
  const perPage = rows !== undefined && rows > 0 ? Math.min(rows, pageSize) : pageSize;
  // A page of slack: the listing may grow between the count and the page.
  const expected = Math.ceil(total / perPage);
  if (totals.totalPages > expected + 1) {
    fail(field, `${totals.totalPages} pages of ${perPage} rows for ${total} rows (${totals.totalField})`);
  }
}
