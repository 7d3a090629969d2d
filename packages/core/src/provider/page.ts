/** One page of a listing. */
export interface Page<T> {
  items: T[];
  /** Where the next page starts; absent on the last page. */
  nextCursor?: string | undefined;
  /** How many items the whole listing has, when the provider says. */
  total?: number | undefined;
  /**
   * The cursors of every later page, in order, when the provider can tell them up front (it
   * knows the total and addresses pages by number or offset). Only the first page carries them;
   * they let a client fetch the rest concurrently. Made lazily (`numberedPage`, `offsetPage`) so
   * that no array is sized by a server's total; read them once, one at a time.
   */
  pageCursors?: Iterable<string> | undefined;
}

export interface CallOptions {
  signal?: AbortSignal | undefined;
}

export interface PageRequest extends CallOptions {
  /** A `nextCursor` or one of the `pageCursors` of an earlier page; absent for the first page. */
  cursor?: string | undefined;
  /** Items per page, up to the provider's `capabilities.maxPageSize`. */
  pageSize?: number | undefined;
}

export interface DateRange {
  from: Date;
  to: Date;
}
