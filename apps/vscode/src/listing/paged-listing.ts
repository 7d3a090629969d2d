import type { Page } from '@callroll/core';

/** Later pages a tree keeps cursors for: 2,000 pages of 100 is more than anyone expands by hand. */
const maxKnownCursors = 2000;

/** Fetches one page; `cursor` is undefined for the first. */
export type FetchPage<T> = (cursor: string | undefined, signal: AbortSignal) => Promise<Page<T>>;

export interface LoadOptions {
  /** Pages fetched at once when their cursors are known up front (`pageCursors`). Default 1. */
  pages?: number | undefined;
  /** Keep loading until at least this many new items arrived (for filtered listings). Default 0. */
  minItems?: number | undefined;
  /** An upper bound on requests for one load, so a filter that drops everything cannot loop long. */
  maxRequests?: number | undefined;
}

/**
 * A listing loaded page by page for a tree: the first page on demand, then more on "Load more".
 * When the first page lists the cursors of the rest, several are fetched at once. A failed load
 * changes nothing, so it can simply be tried again. Not safe for two loads at once: the tree
 * node that owns it serializes them.
 */
export class PagedListing<T> {
  items: T[] = [];
  /** What the provider says the whole listing holds, when it says. */
  total: number | undefined;
  private started = false;
  private pending: string[] = [];
  private nextCursor: string | undefined;
  private seen = new Set<string>();
  private keys = new Set<string>();
  private pagesLoaded = 0;
  private controller = new AbortController();

  constructor(
    private readonly fetchPage: FetchPage<T>,
    /** Drops items that repeat (some listings repeat the item at a page boundary). */
    private readonly keyOf?: (item: T) => string,
    /** Keeps only the items the caller wants (e.g. live meetings of a mixed listing). */
    private readonly accept: (item: T) => boolean = () => true,
  ) {}

  get isStarted(): boolean {
    return this.started;
  }

  get hasMore(): boolean {
    return this.pending.length > 0 || this.nextCursor !== undefined;
  }

  /** The first page (and more while `minItems` is not reached). */
  async loadFirst(options: LoadOptions = {}): Promise<void> {
    const signal = this.controller.signal;
    const page = await this.fetchPage(undefined, signal);
    const state = this.emptyState();
    this.apply(state, [page], [undefined]);
    this.commit(state);
    await this.continueLoading(options, state.added, 1);
  }

  /** The next page or pages. */
  async loadMore(options: LoadOptions = {}): Promise<void> {
    if (!this.started) return this.loadFirst(options);
    await this.continueLoading(options, 0, 0);
  }

  /**
   * Loads again as many pages as are loaded now (for the automatic refresh of live meetings),
   * replacing the items only once everything arrived.
   */
  async reload(): Promise<void> {
    const pages = Math.max(1, this.pagesLoaded);
    const fresh = new PagedListing(this.fetchPage, this.keyOf, this.accept);
    fresh.controller = this.controller;
    await fresh.loadFirst();
    while (fresh.pagesLoaded < pages && fresh.hasMore) {
      await fresh.loadMore({ pages: pages - fresh.pagesLoaded });
    }
    this.adopt(fresh);
  }

  /** Cancels requests in flight; the listing can be used again afterwards. */
  cancel(): void {
    this.controller.abort();
    this.controller = new AbortController();
  }

  private adopt(other: PagedListing<T>): void {
    this.items = other.items;
    this.total = other.total;
    this.started = other.started;
    this.pending = other.pending;
    this.nextCursor = other.nextCursor;
    this.seen = other.seen;
    this.keys = other.keys;
    this.pagesLoaded = other.pagesLoaded;
  }

  private async continueLoading(options: LoadOptions, addedSoFar: number, requestsSoFar: number) {
    const pages = Math.max(1, Math.floor(options.pages ?? 1));
    const minItems = options.minItems ?? 0;
    const maxRequests = options.maxRequests ?? 50;
    let added = addedSoFar;
    let requests = requestsSoFar;
    while (this.hasMore && requests < maxRequests && (requests === 0 || added < minItems)) {
      const cursors =
        this.pending.length > 0
          ? this.pending.slice(0, Math.min(pages, maxRequests - requests))
          : [this.nextCursor as string];
      const signal = this.controller.signal;
      const results = await Promise.all(cursors.map((cursor) => this.fetchPage(cursor, signal)));
      const state = this.emptyState();
      this.apply(state, results, cursors);
      this.commit(state);
      added += state.added;
      requests += cursors.length;
    }
  }

  private emptyState() {
    return {
      items: [...this.items],
      keys: new Set(this.keys),
      seen: new Set(this.seen),
      pending: [...this.pending],
      nextCursor: this.nextCursor,
      total: this.total,
      added: 0,
      pages: 0,
    };
  }

  private apply(
    state: ReturnType<PagedListing<T>['emptyState']>,
    pages: readonly Page<T>[],
    cursors: readonly (string | undefined)[],
  ): void {
    pages.forEach((page, index) => {
      const cursor = cursors[index];
      if (cursor !== undefined) {
        state.seen.add(cursor);
        state.pending = state.pending.filter((pending) => pending !== cursor);
      }
      for (const item of page.items) {
        if (!this.accept(item)) continue;
        if (this.keyOf) {
          const key = this.keyOf(item);
          if (state.keys.has(key)) continue;
          state.keys.add(key);
        }
        state.items.push(item);
        state.added += 1;
      }
      if (page.total !== undefined) state.total = page.total;
      if (cursor === undefined && page.pageCursors) {
        // Taken one at a time up to a bound, never as an array of whatever total a server claims.
        state.pending = [];
        for (const known of page.pageCursors) {
          if (state.pending.length >= maxKnownCursors) break;
          if (!state.seen.has(known)) state.pending.push(known);
        }
      }
      state.pages += 1;
    });
    // Past the known pages, follow the last page's `nextCursor` (the listing may have grown),
    // but never to a page already fetched: a provider that repeats a cursor must not loop us.
    const last = pages[pages.length - 1];
    const next = last?.nextCursor;
    state.nextCursor =
      state.pending.length === 0 && next !== undefined && !state.seen.has(next) && next !== cursors[0]
        ? next
        : undefined;
  }

  private commit(state: ReturnType<PagedListing<T>['emptyState']>): void {
    this.items = state.items;
    this.keys = state.keys;
    this.seen = state.seen;
    this.pending = state.pending;
    this.nextCursor = state.nextCursor;
    this.total = state.total;
    this.pagesLoaded += state.pages;
    this.started = true;
  }
}
